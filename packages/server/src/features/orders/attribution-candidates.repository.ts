/**
 * Reads what attribution weighs: the conversations of every channel identity of the customer that a
 * person handled, with their assignment and the last agent message at or before the order. Only
 * conversations with activity inside the window are read, so the work stays small for long customers.
 */
import { sql } from "kysely";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { agentAnswers } from "../messages/agent-answers.js";
import type { AttributionCandidate } from "./attribution.js";

export class AttributionCandidateRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The handled conversations of `contactIds` that may hold agent activity in `[orderedAt - windowMs, orderedAt]`. */
  async candidates(
    contactIds: readonly string[],
    orderedAt: number,
    windowMs: number,
  ): Promise<AttributionCandidate[]> {
    if (contactIds.length === 0) return [];
    const since = orderedAt - windowMs;
    const lastAnswer = agentAnswers(this.db, sql.ref<string>("c.id"))
      .where("r.created_at", "<=", orderedAt)
      .orderBy("r.created_at", "desc")
      .orderBy("r.id", "desc")
      .limit(1);
    const rows = await this.db
      .selectFrom("conversations as c")
      .select(["c.id", "c.store_id", "c.assigned_user_id", "c.assigned_at"])
      .select(lastAnswer.select("r.created_at").as("agent_at"))
      .select(lastAnswer.select("r.author_user_id").as("agent_user_id"))
      .where("c.contact_id", "in", contactIds)
      .where("c.created_at", "<=", orderedAt)
      .where((eb) => eb.or([eb("c.last_message_at", ">=", since), eb("c.assigned_at", ">=", since)]))
      .execute();
    return rows.map((row) => ({
      conversationId: row.id,
      storeId: row.store_id,
      assignedUserId: row.assigned_user_id,
      assignedAt: row.assigned_at === null ? null : Number(row.assigned_at),
      lastAgentMessage:
        row.agent_at === null || row.agent_user_id === null
          ? null
          : { at: Number(row.agent_at), userId: row.agent_user_id },
    }));
  }
}
