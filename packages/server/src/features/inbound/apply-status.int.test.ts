import { afterEach, describe, expect, it } from "vitest";
import { GroupCommit } from "../../db/group-commit.js";
import { createTestDatabase, testDialects } from "../../testing/test-databases.js";
import type { TestDatabase } from "../../testing/test-databases.js";
import { seedConversation, seededAccountId, storeBotText } from "../../testing/seeded-conversation.js";
import { MessageRepository } from "../messages/message.repository.js";
import { applyStatusOfEvent } from "./apply-status.js";
import { WebhookEventRepository } from "./webhook-event.repository.js";

describe.each(testDialects)("a status webhook applied on %s", (dialect) => {
  let opened: TestDatabase | undefined;
  afterEach(async () => {
    await opened?.drop();
    opened = undefined;
  });

  async function setup() {
    opened = await createTestDatabase(dialect);
    const { db } = opened;
    const seeded = await seedConversation(db, dialect, { externalId: "886922", at: 1 });
    const { conversation } = seeded;
    const messages = new MessageRepository(db, dialect);
    const events = new WebhookEventRepository(db, dialect);
    const groupCommit = new GroupCommit(db, dialect, opened.urgentDb);
    const messageId = await storeBotText(db, messages, seeded);
    await messages.markAccepted(db, messageId, "wamid.applied");
    const storeEvent = async (dedupeKey: string) => {
      const [id] = await db
        .transaction()
        .execute((trx) =>
          events.insertNew(trx, [
            { channel: "whatsapp", channelAccountId: seededAccountId, dedupeKey, body: {}, receivedAt: 1 },
          ]),
        );
      if (id === undefined) throw new Error("the event was not stored");
      return id;
    };
    const processedAt = async (eventId: string) =>
      (
        await db
          .selectFrom("webhook_events")
          .select("processed_at")
          .where("id", "=", eventId)
          .executeTakeFirstOrThrow()
      ).processed_at;
    const status = async () =>
      (await db.selectFrom("messages").select("status").where("id", "=", messageId).executeTakeFirstOrThrow())
        .status;
    const apply = (eventId: string, providerMessageId: string) =>
      applyStatusOfEvent(
        { groupCommit, messages, events },
        eventId,
        { channelAccountId: seededAccountId, providerMessageId },
        { status: "delivered", at: 50 },
      );
    return { conversation, messageId, storeEvent, processedAt, status, apply };
  }

  it("moves the message and marks its event processed together", async () => {
    const { conversation, messageId, storeEvent, processedAt, status, apply } = await setup();
    const eventId = await storeEvent("status:wamid.applied:delivered");
    expect(await apply(eventId, "wamid.applied")).toEqual({ messageId, conversationId: conversation.id });
    expect(await status()).toBe("delivered");
    expect(await processedAt(eventId)).not.toBeNull();
  });

  it("leaves the event unprocessed when no stored message has that id yet", async () => {
    const { storeEvent, processedAt, status, apply } = await setup();
    const eventId = await storeEvent("status:wamid.elsewhere:delivered");
    expect(await apply(eventId, "wamid.elsewhere")).toBeUndefined();
    expect(await processedAt(eventId)).toBeNull();
    expect(await status()).toBe("accepted");
  });
});
