/** Reading a contact's conversation and messages through the API, for the channels' integration tests. */
import { eventually } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";

export interface ApiMessage {
  id: string;
  direction: string;
  author: string;
  status: string;
  refusal: { code: string; reason: string } | null;
  content: { kind: string; text?: string; body?: string };
  providerMessageId: string | null;
}

export async function conversationOf(t: TestSwitchboard, externalId: string): Promise<string | undefined> {
  const list = await t.api("GET", "/api/v1/conversations");
  const items = (list.json as { items: { id: string; contact: { externalId: string } }[] }).items;
  return items.find((c) => c.contact.externalId === externalId)?.id;
}

export async function messagesOf(t: TestSwitchboard, externalId: string): Promise<ApiMessage[]> {
  const id = await conversationOf(t, externalId);
  if (id === undefined) return [];
  const messages = await t.api("GET", `/api/v1/conversations/${id}/messages`);
  return (messages.json as { items: ApiMessage[] }).items;
}

/** Resolves once no stored webhook event waits to be processed. */
export const processedAll = async (t: TestSwitchboard) =>
  eventually(async () => {
    const left = await t.switchboard.database.db
      .selectFrom("webhook_events")
      .select("id")
      .where("processed_at", "is", null)
      .execute();
    return left.length === 0 ? true : undefined;
  }, "every webhook event processed");

/** Imports a bot definition; its id. */
export async function importBot(t: TestSwitchboard, definition: unknown): Promise<string> {
  const imported = await t.api("POST", "/api/v1/bots/import", definition);
  const id = (imported.json as { bot?: { id?: string } } | null)?.bot?.id;
  if (imported.status !== 201 || id === undefined)
    throw new Error(`could not import the bot: ${JSON.stringify(imported.json)}`);
  return id;
}
