import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, testDialects } from "../../testing/test-databases.js";
import type { TestDatabase } from "../../testing/test-databases.js";
import { seedConversation, seededAccountId } from "../../testing/seeded-conversation.js";
import { MessageRepository } from "./message.repository.js";

describe.each(testDialects)("the outbox entry of a stored message on %s", (dialect) => {
  let opened: TestDatabase | undefined;
  afterEach(async () => {
    await opened?.drop();
    opened = undefined;
  });

  it("is the same whether the sender gets it from memory (first ask) or from the table", async () => {
    opened = await createTestDatabase(dialect);
    const { db } = opened;
    const { contact, conversation } = await seedConversation(db, dialect, { externalId: "886900", at: 1 });
    const messages = new MessageRepository(db, dialect);
    const message = {
      conversationId: conversation.id,
      channelAccountId: seededAccountId,
      contactId: contact.id,
      author: "bot" as const,
      content: { kind: "text" as const, text: "hello" },
      nativePayload: { type: "text", text: { body: "hello" } },
    };
    const stored = await db.transaction().execute(async (trx) => ({
      conversationId: conversation.id,
      remembered: await messages.insertOutbound(trx, { ...message, recipientExternalId: "886900" }),
      unremembered: await messages.insertOutbound(trx, message),
    }));
    const expected = {
      status: "pending",
      channelAccountId: seededAccountId,
      nativePayload: '{"type":"text","text":{"body":"hello"}}',
      recipientExternalId: "886900",
      conversationId: stored.conversationId,
    };
    expect(await messages.outboxEntry(stored.remembered)).toEqual({ id: stored.remembered, ...expected });
    await messages.markAccepted(db, stored.remembered, "wamid.1");
    // Asked again (a second attempt): the table answers, with what happened since.
    expect(await messages.outboxEntry(stored.remembered)).toEqual({
      id: stored.remembered,
      ...expected,
      status: "accepted",
    });
    expect(await messages.outboxEntry(stored.unremembered)).toEqual({ id: stored.unremembered, ...expected });
  });
});
