/**
 * Reading a contact's conversation and messages through the API, and its tags, for integration tests of any
 * channel.
 */
import { eventually } from "./test-switchboard.js";
import type { TestSwitchboard } from "./test-switchboard.js";

export interface ApiMessage {
  id: string;
  direction: string;
  author: string;
  status: string;
  refusal: { code: string; reason: string } | null;
  content: {
    kind: string;
    style?: string;
    text?: string;
    body?: string;
    sections?: { options: { id: string; title: string }[] }[];
  };
  providerMessageId: string | null;
}

/** The contact's (newest listed) conversation id, by the platform's id for the person. */
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

/** The tags of the contact(s) with this platform id, as stored. */
export async function contactTagsOf(t: TestSwitchboard, externalId: string): Promise<string[]> {
  const rows = await t.switchboard.database.db
    .selectFrom("contact_tags")
    .innerJoin("contacts", "contacts.id", "contact_tags.contact_id")
    .select("contact_tags.tag")
    .where("contacts.external_id", "=", externalId)
    .execute();
  return rows.map((row) => row.tag);
}

/** The first `count` outbound messages, once each was sent (or refused). */
export const outbound = async (t: TestSwitchboard, externalId: string, count: number, what: string) =>
  eventually(async () => {
    const found = (await messagesOf(t, externalId)).filter((m) => m.direction === "outbound");
    return found.length >= count && found.every((m) => m.providerMessageId !== null || m.status === "refused")
      ? found
      : undefined;
  }, what);

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

/** The customer taps an option of a list or reply-button message in the simulator, replying to it. */
export async function tapOption(
  t: TestSwitchboard,
  waId: string,
  message: ApiMessage | undefined,
  option: { id?: string | undefined; title?: string | undefined },
): Promise<void> {
  await t.customerSends(waId, {
    type: message?.content.style === "list" ? "list_reply" : "button_reply",
    id: option.id,
    title: option.title,
    contextId: message?.providerMessageId,
  });
}
