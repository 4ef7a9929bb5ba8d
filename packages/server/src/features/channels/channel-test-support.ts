/** What the channels' integration tests share beyond the conversation probes. */
import type { ChatItem, ConnectedChannel } from "../../testing/test-channels.js";
import { eventually } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";

/** Imports a bot definition; its id. */
export async function importBot(t: TestSwitchboard, definition: unknown): Promise<string> {
  const imported = await t.api("POST", "/api/v1/bots/import", definition);
  const id = (imported.json as { bot?: { id?: string } } | null)?.bot?.id;
  if (imported.status !== 201 || id === undefined)
    throw new Error(`could not import the bot: ${JSON.stringify(imported.json)}`);
  return id;
}

/** What the business sent into the customer's chat in the simulator, once there are at least `count`. */
export async function sentToCustomer(
  account: ConnectedChannel,
  customerId: string,
  count: number,
  what = `${count} messages in the chat`,
): Promise<ChatItem[]> {
  return eventually(async () => {
    const out = (await account.chat(customerId)).filter((item) => item.direction === "out");
    return out.length >= count ? out : undefined;
  }, what);
}
