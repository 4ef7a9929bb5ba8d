/**
 * A platform status (sent, delivered, read, failed) applied to its message and its webhook event marked
 * processed, together or not at all. On PostgreSQL it is one statement, the event's update a
 * data-modifying CTE beside the message's, so a status costs one round trip instead of BEGIN, two
 * updates and COMMIT; statuses are most of the webhooks a busy number receives. SQLite's WITH cannot
 * write, and there the two updates join the shared transaction.
 */
import type { GroupCommit } from "../../db/group-commit.js";
import type {
  MessageRepository,
  StatusRef,
  StatusTarget,
  StatusUpdate,
} from "../messages/message.repository.js";
import type { WebhookEventRepository } from "./webhook-event.repository.js";

export interface ApplyStatusDeps {
  groupCommit: GroupCommit;
  messages: Pick<MessageRepository, "applyStatus" | "statusUpdate">;
  events: Pick<WebhookEventRepository, "markProcessed">;
}

/** The message the status was about, or undefined when no stored message has that id (yet). */
export function applyStatusOfEvent(
  deps: ApplyStatusDeps,
  eventId: string,
  ref: StatusRef,
  update: StatusUpdate,
): Promise<StatusTarget | undefined> {
  const { groupCommit, messages, events } = deps;
  if (groupCommit.sharesTransactions) {
    return groupCommit.run(async (trx) => {
      const found = await messages.applyStatus(trx, ref, update);
      if (found) await events.markProcessed(trx, eventId);
      return found;
    });
  }
  return groupCommit.runStatement(async (db) => {
    const row = await db
      .with("applied", (qc) => messages.statusUpdate(qc, ref, update))
      // What `markProcessed` does, only if the message was found.
      .with("processed", (qc) =>
        qc
          .updateTable("webhook_events")
          .set({ processed_at: Date.now() })
          .where("id", "=", eventId)
          .where("processed_at", "is", null)
          .where((eb) => eb.exists(eb.selectFrom("applied").select("applied.id")))
          .returning("webhook_events.id"),
      )
      .selectFrom("applied")
      .select(["applied.id", "applied.conversation_id"])
      .executeTakeFirst();
    return row === undefined ? undefined : { messageId: row.id, conversationId: row.conversation_id };
  });
}
