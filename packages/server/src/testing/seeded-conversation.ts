/**
 * A WhatsApp channel account, one contact who wrote and their open conversation, stored straight through
 * the repositories: for integration tests of what happens to a conversation's rows.
 */
import type { Kysely } from "kysely";
import type { DialectName } from "../db/dialect.js";
import type { Database } from "../db/schema.js";
import { ContactRepository } from "../features/contacts/contact.repository.js";
import type { Contact } from "../features/contacts/contact.js";
import type { Conversation } from "../features/conversations/conversation.js";
import { ConversationRepository } from "../features/conversations/conversation.repository.js";
import type { MessageRepository } from "../features/messages/message.repository.js";

export const seededAccountId = "acct";

export async function seedConversation(
  db: Kysely<Database>,
  dialect: DialectName,
  options: { externalId: string; at: number; status?: Conversation["status"] },
): Promise<{ contact: Contact; conversation: Conversation; conversations: ConversationRepository }> {
  await db
    .insertInto("channel_accounts")
    .values({
      id: seededAccountId,
      channel: "whatsapp",
      name: "Shop",
      external_id: "100",
      settings: "{}",
      secrets_encrypted: "x",
      created_at: 1,
      updated_at: 1,
    })
    .execute();
  const conversations = new ConversationRepository(db, dialect);
  return db.transaction().execute(async (trx) => {
    const contact = await new ContactRepository(db).upsertFromInbound(
      trx,
      seededAccountId,
      { externalId: options.externalId },
      options.at,
    );
    const conversation = await conversations.openForContact(
      trx,
      seededAccountId,
      contact.id,
      options.at,
      options.status,
    );
    return { contact, conversation, conversations };
  });
}

/** A text the bot stored for the seeded conversation, not sent yet (pending, no provider id): its id. */
export function storeBotText(
  db: Kysely<Database>,
  messages: MessageRepository,
  seeded: { contact: Contact; conversation: Conversation },
  text = "hello",
): Promise<string> {
  return db.transaction().execute((trx) =>
    messages.insertOutbound(trx, {
      conversationId: seeded.conversation.id,
      channelAccountId: seededAccountId,
      contactId: seeded.contact.id,
      author: "bot",
      content: { kind: "text", text },
      nativePayload: { type: "text", text: { body: text } },
    }),
  );
}
