import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, testDialects } from "../../testing/test-databases.js";
import type { TestDatabase } from "../../testing/test-databases.js";
import { seedConversation, seededAccountId, storeBotText } from "../../testing/seeded-conversation.js";
import { MessageRepository } from "./message.repository.js";
import type { StatusUpdate } from "./message.repository.js";

describe.each(testDialects)("platform statuses applied to stored messages on %s", (dialect) => {
  let opened: TestDatabase | undefined;
  afterEach(async () => {
    await opened?.drop();
    opened = undefined;
  });

  async function setup() {
    opened = await createTestDatabase(dialect);
    const { db } = opened;
    const seeded = await seedConversation(db, dialect, { externalId: "886911", at: 1 });
    const { conversation } = seeded;
    const messages = new MessageRepository(db, dialect);
    /** An outbound message the platform has not answered yet (no provider id). */
    const store = () => storeBotText(db, messages, seeded);
    const send = async (providerMessageId: string) => {
      const id = await store();
      await messages.markAccepted(db, id, providerMessageId);
      return id;
    };
    const apply = (providerMessageId: string, update: StatusUpdate, ownId?: string) =>
      db.transaction().execute((trx) =>
        messages.applyStatus(
          trx,
          {
            channelAccountId: seededAccountId,
            providerMessageId,
            ...(ownId === undefined ? {} : { ownId }),
          },
          update,
        ),
      );
    const row = (id: string) =>
      db
        .selectFrom("messages")
        .select(["status", "sent_at", "delivered_at", "read_at", "failed_at", "error_code", "error_reason"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
    return { db, conversation, store, send, apply, row };
  }

  it("moves forward only, whatever order the statuses arrive in, and keeps each time", async () => {
    const { conversation, send, apply, row } = await setup();
    const id = await send("wamid.order");
    expect(await apply("wamid.order", { status: "read", at: 30 })).toEqual({
      messageId: id,
      conversationId: conversation.id,
    });
    await apply("wamid.order", { status: "delivered", at: 20 });
    await apply("wamid.order", { status: "sent", at: 10 });
    await apply("wamid.order", { status: "failed", at: 40, errorCode: 131047, errorReason: "late" });
    expect(await row(id)).toMatchObject({
      status: "read",
      sent_at: 10,
      delivered_at: 20,
      read_at: 30,
      error_code: null,
      error_reason: null,
    });
  });

  it("fails a sent message with the platform's reason, keeps the latest reason, and stays failed", async () => {
    const { send, apply, row } = await setup();
    const id = await send("wamid.fail");
    await apply("wamid.fail", { status: "sent", at: 10 });
    await apply("wamid.fail", { status: "failed", at: 11, errorCode: 131047, errorReason: "window closed" });
    expect(await row(id)).toMatchObject({
      status: "failed",
      error_code: 131047,
      error_reason: "window closed",
    });
    await apply("wamid.fail", { status: "failed", at: 12, errorCode: 131026 });
    expect(await row(id)).toMatchObject({
      status: "failed",
      error_code: 131026,
      error_reason: "The platform reported a failure.",
    });
    await apply("wamid.fail", { status: "read", at: 13 });
    expect(await row(id)).toMatchObject({ status: "failed", error_code: 131026 });
  });

  it("finds a message by our own id echoed back before the platform's id is stored", async () => {
    const { db, store, apply, row } = await setup();
    const id = await store();
    expect(await apply("wamid.echo", { status: "sent", at: 5 }, id)).toMatchObject({ messageId: id });
    const stored = await db
      .selectFrom("messages")
      .select("provider_message_id")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(stored.provider_message_id).toBe("wamid.echo");
    expect(await row(id)).toMatchObject({ status: "sent", sent_at: 5 });
  });

  it("answers nothing for a status about a message it never stored", async () => {
    const { apply } = await setup();
    expect(await apply("wamid.unknown", { status: "delivered", at: 1 })).toBeUndefined();
  });
});
