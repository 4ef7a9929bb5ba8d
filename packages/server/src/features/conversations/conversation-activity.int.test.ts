import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, testDialects } from "../../testing/test-databases.js";
import type { TestDatabase } from "../../testing/test-databases.js";
import { seedConversation } from "../../testing/seeded-conversation.js";
import type { ConversationRepository } from "./conversation.repository.js";

describe.each(testDialects)("a conversation's recorded activity on %s", (dialect) => {
  let opened: TestDatabase | undefined;
  afterEach(async () => {
    await opened?.drop();
    opened = undefined;
  });

  async function openConversation() {
    opened = await createTestDatabase(dialect);
    const { db } = opened;
    const { conversation, conversations } = await seedConversation(db, dialect, {
      externalId: "886900",
      at: 1_000,
      status: "in_progress",
    });
    const record = (activity: Parameters<ConversationRepository["recordActivity"]>[2]) =>
      db.transaction().execute((trx) => conversations.recordActivity(trx, conversation.id, activity));
    const read = () =>
      db
        .selectFrom("conversations")
        .select([
          "status",
          "first_queued_at",
          "queue_reply_sent_at",
          "last_message_at",
          "last_inbound_at",
          "last_message_preview",
          "bot_state",
        ])
        .where("id", "=", conversation.id)
        .executeTakeFirstOrThrow();
    return { db, conversationId: conversation.id, record, read };
  }

  it("moves the times forward only and keeps what the activity does not change", async () => {
    const { record, read } = await openConversation();
    await record({ at: 5_000, preview: "hi", inboundAt: 5_000, botState: { node: "welcome" } });
    expect(await read()).toMatchObject({
      status: "in_progress",
      last_message_at: 5_000,
      last_inbound_at: 5_000,
      last_message_preview: "hi",
      bot_state: '{"node":"welcome"}',
    });
    // An older message arrives late: the preview is the write's, the times stay, the bot state is kept.
    await record({ at: 4_000, preview: "late", inboundAt: 4_000 });
    expect(await read()).toMatchObject({
      status: "in_progress",
      last_message_at: 5_000,
      last_inbound_at: 5_000,
      last_message_preview: "late",
      bot_state: '{"node":"welcome"}',
    });
    // The bot's own message: no customer time.
    await record({ at: 6_000, preview: "menu" });
    expect(await read()).toMatchObject({ last_message_at: 6_000, last_inbound_at: 5_000 });
  });

  it("keeps the first entry into the queue and leaves the queue's stay when the status moves on", async () => {
    const { db, conversationId, record, read } = await openConversation();
    await record({ at: 2_000, preview: "agent please", status: "pending" });
    await db
      .updateTable("conversations")
      .set({ queue_reply_sent_at: 2_100 })
      .where("id", "=", conversationId)
      .execute();
    await record({ at: 3_000, preview: "still there?", status: "pending" });
    expect(await read()).toMatchObject({
      status: "pending",
      first_queued_at: 2_000,
      queue_reply_sent_at: 2_100,
    });
    await record({ at: 4_000, preview: "hello", status: "in_progress" });
    expect(await read()).toMatchObject({
      status: "in_progress",
      first_queued_at: 2_000,
      queue_reply_sent_at: null,
    });
  });
});
