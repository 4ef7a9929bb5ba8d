/**
 * First-response times. A conversation's customer starts waiting for a person when it first enters the
 * queue (`pending`, kept in `conversations.first_queued_at`) if the customer had written by then — the
 * usual hand-over — else at the customer's first message after that. The first response is the first
 * agent message (author `agent`, written by a user, not refused) at or after that start. A time counts
 * in the period its first response falls in, for the agent who wrote it and the conversation's store.
 */
import { sql } from "kysely";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { agentAnswers } from "../messages/agent-answers.js";
import type { ReportPeriod } from "./report-period.js";

export interface FirstResponse {
  conversationId: string;
  storeId: string | null;
  userId: string;
  waitedMs: number;
}

/** At most this many conversations are read per report; beyond it the report says it is partial. */
export const MAX_FIRST_RESPONSES = 100_000;

export class FirstResponseRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The first responses given in the period, and whether there were more than could be read. */
  async inPeriod(period: ReportPeriod): Promise<{ items: FirstResponse[]; partial: boolean }> {
    const waits = this.db
      .selectFrom("conversations as c")
      .select(["c.id", "c.store_id", "c.first_queued_at"])
      .select((eb) =>
        eb
          .selectFrom("messages as i")
          .select("i.created_at")
          .whereRef("i.conversation_id", "=", "c.id")
          .where("i.direction", "=", "inbound")
          .whereRef("i.created_at", "<=", "c.first_queued_at")
          .limit(1)
          .as("inbound_before"),
      )
      .select((eb) =>
        eb
          .selectFrom("messages as i")
          .select((inner) => inner.fn.min("i.created_at").as("at"))
          .whereRef("i.conversation_id", "=", "c.id")
          .where("i.direction", "=", "inbound")
          .whereRef("i.created_at", ">", "c.first_queued_at")
          .as("inbound_after"),
      )
      .where("c.first_queued_at", "is not", null)
      .where("c.first_queued_at", "<", period.to)
      .where("c.id", "in", (eb) =>
        eb
          .selectFrom("messages as a")
          .select("a.conversation_id")
          .where("a.author_user_id", "is not", null)
          .where("a.author", "=", "agent")
          .where("a.created_at", ">=", period.from)
          .where("a.created_at", "<", period.to),
      )
      .limit(MAX_FIRST_RESPONSES + 1);
    const start = sql<number | null>`case when ${sql.ref("w.inbound_before")} is not null then ${sql.ref(
      "w.first_queued_at",
    )} else ${sql.ref("w.inbound_after")} end`;
    const firstAnswer = agentAnswers(this.db, sql.ref<string>("w.id"))
      .where("r.created_at", ">=", start)
      .orderBy("r.created_at")
      .orderBy("r.id")
      .limit(1);
    const rows = await this.db
      .selectFrom(waits.as("w"))
      .select(["w.id", "w.store_id"])
      .select(start.as("wait_start"))
      .select(firstAnswer.select("r.created_at").as("responded_at"))
      .select(firstAnswer.select("r.author_user_id").as("responder"))
      .execute();
    const items: FirstResponse[] = [];
    for (const row of rows.slice(0, MAX_FIRST_RESPONSES)) {
      if (row.wait_start === null || row.responded_at === null || row.responder === null) continue;
      const respondedAt = Number(row.responded_at);
      if (respondedAt < period.from || respondedAt >= period.to) continue;
      items.push({
        conversationId: row.id,
        storeId: row.store_id,
        userId: row.responder,
        waitedMs: respondedAt - Number(row.wait_start),
      });
    }
    return { items, partial: rows.length > MAX_FIRST_RESPONSES };
  }
}
