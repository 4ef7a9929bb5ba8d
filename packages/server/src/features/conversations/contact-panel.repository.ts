/**
 * What the inbox's contact panel reads about a contact: its conversations, newest activity first (past and
 * current), and its tags and opt-outs.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { Conversation } from "./conversation.js";
import { toConversation } from "./conversation.repository.js";

export interface ContactConversation extends Conversation {
  channel: string;
}

export interface ContactMarks {
  tags: string[];
  optOuts: { topic: string; source: string; at: number }[];
}

export class ContactPanelRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async conversationsOf(contactId: string, limit = 100): Promise<ContactConversation[]> {
    const rows = await this.db
      .selectFrom("conversations")
      .innerJoin("channel_accounts", "channel_accounts.id", "conversations.channel_account_id")
      .selectAll("conversations")
      .select("channel_accounts.channel as channel")
      .where("conversations.contact_id", "=", contactId)
      .orderBy("conversations.last_message_at", "desc")
      .orderBy("conversations.id", "desc")
      .limit(limit)
      .execute();
    return rows.map((row) => ({ ...toConversation(row), channel: row.channel }));
  }

  async marksOf(contactId: string): Promise<ContactMarks> {
    const tags = await this.db
      .selectFrom("contact_tags")
      .select("tag")
      .where("contact_id", "=", contactId)
      .orderBy("tag")
      .execute();
    const optOuts = await this.db
      .selectFrom("contact_opt_outs")
      .select(["topic", "source", "at"])
      .where("contact_id", "=", contactId)
      .orderBy("topic")
      .execute();
    return {
      tags: tags.map((row) => row.tag),
      optOuts: optOuts.map((row) => ({ topic: row.topic, source: row.source, at: Number(row.at) })),
    };
  }
}
