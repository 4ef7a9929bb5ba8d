// First-response times and conversations handled, read from rows with known times on both databases:
// when the wait starts (queued after the customer wrote, or before), who answered first, and the period.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { createTestDatabase, testDialects } from "../../testing/test-databases.js";
import type { TestDatabase } from "../../testing/test-databases.js";
import { FirstResponseRepository } from "./first-response.repository.js";
import { HandledActivityRepository } from "./handled-activity.repository.js";

const T = 1_800_000_000_000;
const MIN = 60_000;

interface Seed {
  id: string;
  storeId: string | null;
  queuedAt: number | null;
  assignedUserId?: string;
  assignedAt?: number;
  messages: { at: number; by: "contact" | "bot" | string; status?: "refused" }[];
}

async function seed(db: Kysely<Database>, conversation: Seed): Promise<void> {
  const contactId = `contact-${conversation.id}`;
  await db
    .insertInto("contacts")
    .values({
      id: contactId,
      channel_account_id: "acct",
      external_id: contactId,
      scoped_id: null,
      display_name: null,
      phone: null,
      attributes: "{}",
      merged_into_id: null,
      last_inbound_at: null,
      created_at: T,
      updated_at: T,
    })
    .execute();
  await db
    .insertInto("conversations")
    .values({
      id: conversation.id,
      channel_account_id: "acct",
      contact_id: contactId,
      status: "in_progress",
      bot_state: "{}",
      last_message_at: T,
      last_inbound_at: null,
      last_message_preview: "",
      queue_reply_sent_at: null,
      assigned_user_id: conversation.assignedUserId ?? null,
      store_id: conversation.storeId,
      assigned_at: conversation.assignedAt ?? null,
      first_queued_at: conversation.queuedAt,
      created_at: T,
      updated_at: T,
    })
    .execute();
  let n = 0;
  for (const message of conversation.messages) {
    const fromContact = message.by === "contact";
    const agent = !fromContact && message.by !== "bot";
    n += 1;
    await db
      .insertInto("messages")
      .values({
        id: `${conversation.id}-m${n}`,
        conversation_id: conversation.id,
        channel_account_id: "acct",
        contact_id: contactId,
        direction: fromContact ? "inbound" : "outbound",
        author: fromContact ? "contact" : agent ? "agent" : "bot",
        author_user_id: agent ? message.by : null,
        content: "{}",
        native_payload: null,
        provider_message_id: null,
        status: message.status ?? (fromContact ? "received" : "sent"),
        error_code: null,
        refusal_code: null,
        error_reason: null,
        created_at: message.at,
        updated_at: message.at,
        sent_at: null,
        delivered_at: null,
        read_at: null,
        failed_at: null,
      })
      .execute();
  }
}

describe.each(testDialects)("first responses on %s", (dialect) => {
  let database: TestDatabase;
  const period = { from: T, to: T + 24 * 60 * MIN };

  beforeAll(async () => {
    database = await createTestDatabase(dialect);
    const { db } = database;
    await db
      .insertInto("channel_accounts")
      .values({
        id: "acct",
        channel: "whatsapp",
        name: "Test",
        external_id: "1",
        settings: "{}",
        secrets_encrypted: "",
        created_at: T,
        updated_at: T,
      })
      .execute();
    // Handed over right after the customer wrote; a refused answer does not count; Ann answers 5 min later.
    await seed(db, {
      id: "handover",
      storeId: "s1",
      queuedAt: T + MIN,
      messages: [
        { at: T, by: "contact" },
        { at: T + MIN, by: "bot" },
        { at: T + 3 * MIN, by: "ann", status: "refused" },
        { at: T + 6 * MIN, by: "ann" },
        { at: T + 7 * MIN, by: "bob" },
      ],
    });
    // Queued before the customer wrote: the wait starts at their message; Bob answers 2 min later.
    await seed(db, {
      id: "queued-first",
      storeId: "s1",
      queuedAt: T + 10 * MIN,
      messages: [
        { at: T + 20 * MIN, by: "contact" },
        { at: T + 22 * MIN, by: "bob" },
      ],
    });
    // Never queued (taken over from the bot): handled, but no first-response time.
    await seed(db, {
      id: "never-queued",
      storeId: "s2",
      queuedAt: null,
      assignedUserId: "ann",
      assignedAt: T + 30 * MIN,
      messages: [
        { at: T + 29 * MIN, by: "contact" },
        { at: T + 31 * MIN, by: "ann" },
      ],
    });
    // First answered before the period: only later messages fall in it, so no first response in it.
    await seed(db, {
      id: "answered-before",
      storeId: "s2",
      queuedAt: T - 60 * MIN,
      messages: [
        { at: T - 60 * MIN, by: "contact" },
        { at: T - 50 * MIN, by: "bob" },
        { at: T + 40 * MIN, by: "bob" },
      ],
    });
  });
  afterAll(async () => database.drop());

  it("measures from the queue entry, or the customer's first message after it, to the first agent message", async () => {
    const { items, partial } = await new FirstResponseRepository(database.db).inPeriod(period);
    expect(partial).toBe(false);
    const byConversation = Object.fromEntries(items.map((item) => [item.conversationId, item]));
    expect(Object.keys(byConversation).sort()).toEqual(["handover", "queued-first"]);
    expect(byConversation["handover"]).toMatchObject({ userId: "ann", storeId: "s1", waitedMs: 5 * MIN });
    expect(byConversation["queued-first"]).toMatchObject({ userId: "bob", waitedMs: 2 * MIN });
  });

  it("leaves out first responses given outside the period", async () => {
    const early = await new FirstResponseRepository(database.db).inPeriod({ from: T, to: T + 6 * MIN });
    expect(early.items).toEqual([]);
  });

  it("counts each conversation a user was assigned or wrote in once, and per store", async () => {
    const activity = new HandledActivityRepository(database.db);
    const perUser = await activity.handledPerUser(period);
    expect(Object.fromEntries(perUser)).toEqual({ ann: 2, bob: 3 });
    const perStore = await activity.handledPerStore(period);
    expect(Object.fromEntries(perStore)).toEqual({ s1: 2, s2: 2 });
  });
});
