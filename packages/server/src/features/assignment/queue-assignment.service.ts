/**
 * Routes conversations waiting for a person into a store's queue and assigns them automatically: on
 * entering the queue (the bot's hand-over, a keyword rule, a route-to-store node, a customer reaching the
 * queue, an agent giving it back) the conversation gets its store and, unless the store is `manual`, the
 * store's waiting conversations go to agents with room, oldest first (a newcomer never jumps the queue);
 * the same happens when an agent closes or releases a conversation, or gains room. Assigned conversations
 * are `in_progress`, so automation stays silent.
 */
import type { Transaction } from "kysely";
import { afterCommit } from "../../db/after-commit.js";
import type { GroupCommit } from "../../db/group-commit.js";
import type { Database } from "../../db/schema.js";
import { conversationChanged } from "../../events/change-event.js";
import type { EventBus } from "../../events/event-bus.js";
import type { ConversationStatus } from "../conversations/conversation-status.js";
import type { QueueEntry, QueueReplies, QueueReplyOutcome } from "../stores/queue-replies.service.js";
import type { AssignmentRepository } from "./assignment.repository.js";
import { pickAgent } from "./pick-agent.js";
import type { QueuePlacementRepository } from "./queue-placement.repository.js";

/** How many waiting conversations one drain of a store assigns at most. */
const DRAIN_BATCH = 50;

export interface QueueAssignmentDeps {
  groupCommit: GroupCommit;
  assignments: AssignmentRepository;
  placement: QueuePlacementRepository;
  queueReplies: Pick<QueueReplies, "whenQueued">;
  events: EventBus;
}

export interface QueueArrival extends QueueEntry {
  /** A route-to-store node's choice: store ids or names, first match wins. */
  storeKeys?: readonly string[];
}

/** Who owned the conversation before and after a person's change (conversations API). */
export interface OwnershipMove {
  status: ConversationStatus;
  assignedUserId: string | null;
  storeId: string | null;
}

export class QueueAssignment {
  constructor(private readonly deps: QueueAssignmentDeps) {}

  /**
   * Call inside the transaction that leaves the conversation `pending`, instead of the queue replies
   * alone: places it in its store's queue, stores the queue reply that applies (see QueueReplies), then,
   * when the store assigns automatically, gives agents with room the store's waiting conversations, oldest
   * first, this one last. Reads only through `trx`; the others assigned are announced once it commits.
   */
  async whenQueued(trx: Transaction<Database>, arrival: QueueArrival): Promise<QueueReplyOutcome> {
    const storeId = await this.place(trx, arrival, false);
    const outcome = await this.deps.queueReplies.whenQueued(trx, arrival);
    if (storeId !== undefined) {
      const assigned = await this.assignWaiting(trx, storeId, arrival.now);
      const others = assigned.filter((id) => id !== arrival.conversationId);
      const announce = () => this.publish(others);
      if (others.length > 0 && !afterCommit(trx, announce)) announce();
    }
    return outcome;
  }

  /**
   * After a person changed who handles a conversation (the conversations API): a conversation given back
   * to the queue enters its store's queue again (not to the one who gave it back), and the capacity the
   * previous assignee freed goes to the oldest waiting conversations of their stores. Publishes a change
   * event for every conversation assigned.
   */
  async afterOwnershipChange(
    conversation: { id: string; channelAccountId: string },
    before: OwnershipMove,
    after: OwnershipMove,
  ): Promise<void> {
    const previous = before.assignedUserId;
    const requeued =
      after.status === "pending" &&
      after.assignedUserId === null &&
      (before.status !== "pending" || previous !== null || before.storeId !== after.storeId);
    const freed = previous !== null && (after.assignedUserId !== previous || after.status === "closed");
    if (!requeued && !freed) return;
    const now = Date.now();
    const stores = new Set<string>(previous === null ? [] : await this.deps.assignments.storesOf(previous));
    if (requeued) {
      const storeId = await this.deps.groupCommit.run(
        (trx) =>
          this.place(
            trx,
            { channelAccountId: conversation.channelAccountId, conversationId: conversation.id, now },
            true,
          ),
        "urgent",
      );
      if (storeId !== undefined) stores.add(storeId);
    }
    const skip =
      requeued && previous !== null ? { conversationId: conversation.id, userId: previous } : undefined;
    for (const storeId of stores) await this.drain(storeId, skip);
  }

  /** After conversations were closed without a person (idle): their agents' freed capacity is assigned. */
  async afterClosed(conversationIds: readonly string[]): Promise<void> {
    for (const storeId of await this.deps.assignments.storesAround(conversationIds))
      await this.drain(storeId);
  }

  /**
   * Assigns the oldest waiting conversations of the store to agents with room, until nobody has room;
   * `skip` keeps one agent from getting back the conversation they just gave back. The ids assigned.
   */
  async drain(storeId: string, skip?: { conversationId: string; userId: string }): Promise<string[]> {
    const assigned = await this.deps.groupCommit.run(
      (trx) => this.assignWaiting(trx, storeId, Date.now(), skip),
      "urgent",
    );
    this.publish(assigned);
    return assigned;
  }

  private async assignWaiting(
    trx: Transaction<Database>,
    storeId: string,
    now: number,
    skip?: { conversationId: string; userId: string },
  ): Promise<string[]> {
    const settings = await this.deps.assignments.lockStore(trx, storeId);
    if (settings.mode === "manual") return [];
    const agents = await this.deps.assignments.agents(trx, storeId);
    const done: string[] = [];
    let last = settings.lastUserId;
    for (const conversationId of await this.deps.assignments.waiting(trx, storeId, DRAIN_BATCH)) {
      const candidates =
        skip?.conversationId === conversationId ? agents.filter((a) => a.userId !== skip.userId) : agents;
      const agent = pickAgent(settings.mode, candidates, last);
      if (agent === undefined) {
        if (candidates.length === agents.length) break;
        continue;
      }
      if (!(await this.deps.placement.assign(trx, conversationId, agent.userId, now))) continue;
      agent.inProgress += 1;
      agent.lastAssignedAt = now;
      last = agent.userId;
      done.push(conversationId);
    }
    if (last !== null && last !== settings.lastUserId)
      await this.deps.assignments.setCursor(trx, storeId, last);
    return done;
  }

  private publish(conversationIds: readonly string[]): void {
    for (const id of conversationIds) this.deps.events.publish(conversationChanged(id));
  }

  /** Sets the conversation's store: the node's choice, else the one it has, else the account's default. */
  private async place(
    trx: Transaction<Database>,
    arrival: Pick<QueueArrival, "conversationId" | "channelAccountId" | "now" | "storeKeys">,
    restart: boolean,
  ): Promise<string | undefined> {
    const { placement } = this.deps;
    const current = await placement.current(trx, arrival.conversationId);
    if (current === undefined || current.status !== "pending" || current.assignedUserId !== null)
      return undefined;
    const chosen =
      arrival.storeKeys === undefined || arrival.storeKeys.length === 0
        ? undefined
        : await placement.resolveStore(trx, arrival.storeKeys);
    const storeId =
      chosen ?? current.storeId ?? (await placement.defaultStore(trx, arrival.channelAccountId));
    if (storeId === undefined) return undefined;
    await placement.place(trx, arrival.conversationId, storeId, arrival.now, restart);
    return storeId;
  }
}
