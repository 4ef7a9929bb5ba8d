/** Internal notes on a conversation: staff write them for each other; they are never sent to the customer. */
import type { Kysely, Selectable } from "kysely";
import type { ConversationNotesTable, Database } from "../../db/schema.js";
import { newId } from "../../ids.js";

export interface ConversationNote {
  id: string;
  conversationId: string;
  /** Null for the admin token, which belongs to nobody. */
  authorUserId: string | null;
  /** Who wrote it, as they were named when they did. */
  authorLabel: string;
  text: string;
  createdAt: number;
}

export class ConversationNoteRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(
    note: Omit<ConversationNote, "id" | "createdAt">,
    at: number = Date.now(),
  ): Promise<ConversationNote> {
    const row = {
      id: newId(),
      conversation_id: note.conversationId,
      author_user_id: note.authorUserId,
      author_label: note.authorLabel,
      text: note.text,
      created_at: at,
    };
    await this.db.insertInto("conversation_notes").values(row).execute();
    return toNote(row);
  }

  /** Oldest first. */
  async listForConversation(conversationId: string, limit = 500): Promise<ConversationNote[]> {
    const rows = await this.db
      .selectFrom("conversation_notes")
      .selectAll()
      .where("conversation_id", "=", conversationId)
      .orderBy("created_at", "asc")
      .orderBy("id", "asc")
      .limit(limit)
      .execute();
    return rows.map(toNote);
  }
}

function toNote(row: Selectable<ConversationNotesTable>): ConversationNote {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    authorUserId: row.author_user_id,
    authorLabel: row.author_label,
    text: row.text,
    createdAt: Number(row.created_at),
  };
}
