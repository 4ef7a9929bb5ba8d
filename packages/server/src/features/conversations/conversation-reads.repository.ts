/**
 * When each user last opened each conversation, and which conversations are unread for them: the customer
 * wrote after the newest message they saw then (or the user never opened it). The admin token belongs to
 * nobody and reads everything as read.
 */
import type { ExpressionBuilder, Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { isUnread } from "./unread.js";

export class ConversationReadsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Records that the user opened the conversation at `at`, having seen the customer's messages up to
   * `seenInboundAt` (the conversation's `last_inbound_at` then; it only moves forward).
   */
  async markRead(
    userId: string,
    conversationId: string,
    at: number,
    seenInboundAt: number | null,
  ): Promise<void> {
    await this.db
      .insertInto("conversation_reads")
      .values({
        user_id: userId,
        conversation_id: conversationId,
        read_at: at,
        seen_inbound_at: seenInboundAt,
      })
      .onConflict((oc) =>
        oc
          .columns(["user_id", "conversation_id"])
          .doUpdateSet({ read_at: at, seen_inbound_at: seenInboundAt }),
      )
      .execute();
  }

  /** The ids among these conversations that are unread for the user (none for nobody: the admin token). */
  async unreadAmong(
    userId: string | null,
    conversations: readonly { id: string; lastInboundAt: number | null }[],
  ): Promise<Set<string>> {
    const written = conversations.filter((c) => c.lastInboundAt !== null);
    if (userId === null || written.length === 0) return new Set();
    const rows = await this.db
      .selectFrom("conversation_reads")
      .select(["conversation_id", "seen_inbound_at"])
      .where("user_id", "=", userId)
      .where(
        "conversation_id",
        "in",
        written.map((c) => c.id),
      )
      .execute();
    const seen = new Map(
      rows.map((row) => [
        row.conversation_id,
        row.seen_inbound_at === null ? null : Number(row.seen_inbound_at),
      ]),
    );
    return new Set(written.filter((c) => isUnread(c.lastInboundAt, seen.get(c.id))).map((c) => c.id));
  }
}

/**
 * A condition on `conversations` (for ConversationFilter.unreadFor): the customer wrote, and the user has
 * not seen that message (no read of the conversation that saw it).
 */
export function unreadBy(userId: string) {
  return (eb: ExpressionBuilder<Database, "conversations">) =>
    eb.and([
      eb("conversations.last_inbound_at", "is not", null),
      eb.not(
        eb.exists(
          eb
            .selectFrom("conversation_reads")
            .select("conversation_reads.user_id")
            .where("conversation_reads.user_id", "=", userId)
            .whereRef("conversation_reads.conversation_id", "=", "conversations.id")
            .whereRef("conversation_reads.seen_inbound_at", ">=", "conversations.last_inbound_at"),
        ),
      ),
    ]);
}
