/** What the channels' integration tests share beyond the conversation probes. */
import type { TestSwitchboard } from "../../testing/test-switchboard.js";

/** Imports a bot definition; its id. */
export async function importBot(t: TestSwitchboard, definition: unknown): Promise<string> {
  const imported = await t.api("POST", "/api/v1/bots/import", definition);
  const id = (imported.json as { bot?: { id?: string } } | null)?.bot?.id;
  if (imported.status !== 201 || id === undefined)
    throw new Error(`could not import the bot: ${JSON.stringify(imported.json)}`);
  return id;
}
