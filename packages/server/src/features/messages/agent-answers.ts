/**
 * The messages that count as a person's answer in a conversation — written by an agent user (not a bot or
 * automation) and not refused by the platform — as a sub-query that reports and attribution narrow further.
 */
import type { Expression, Kysely } from "kysely";
import type { Database } from "../../db/schema.js";

/** The answers in the conversation `conversationId` (usually a reference to an outer query's column), as `r`. */
export function agentAnswers(db: Kysely<Database>, conversationId: Expression<string>) {
  return db
    .selectFrom("messages as r")
    .where("r.conversation_id", "=", conversationId)
    .where("r.author", "=", "agent")
    .where("r.author_user_id", "is not", null)
    .where("r.status", "<>", "refused");
}
