/**
 * Pure: what a person's change to a conversation's ownership becomes (status, assignee, store), or why it
 * is refused. Taking over assigns the conversation to the taker; releasing it to the queue unassigns it;
 * assigning someone puts it in their hands (in progress). Agents may only take, release what is theirs
 * and close; store managers assign within their stores; admins anyone.
 */
import type { Actor } from "../people/actor.js";
import type { ConversationStatus } from "./conversation-status.js";
import { nextConversationStatus } from "./conversation-status.js";

export interface OwnershipRequest {
  status?: ConversationStatus;
  /** A user id, or null to unassign. */
  assignedUserId?: string | null;
  /** Move it to another store's queue (null: no store). */
  storeId?: string | null;
}

export interface OwnershipState {
  status: ConversationStatus;
  assignedUserId: string | null;
  storeId: string | null;
}

/** The assignee as the decision needs them: their role and stores, and whether they can sign in. */
export interface Assignee {
  id: string;
  active: boolean;
  storeIds: readonly string[];
}

export type OwnershipDecision =
  | { ok: true; next: OwnershipState }
  | { ok: false; status: 403 | 409 | 422; code: string; path: string; message: string };

export function decideOwnership(
  actor: Actor,
  current: OwnershipState,
  request: OwnershipRequest,
  assignee: Assignee | undefined,
): OwnershipDecision {
  let next: OwnershipState = { ...current };
  if (request.storeId !== undefined) {
    if (actor.role === "agent")
      return refuse(403, "forbidden", "storeId", "agents cannot move conversations between stores");
    if (
      actor.role === "store_manager" &&
      (request.storeId === null || !actor.storeIds.includes(request.storeId))
    ) {
      return refuse(403, "forbidden", "storeId", "not one of your stores");
    }
    next.storeId = request.storeId;
  }
  if (request.assignedUserId !== undefined) {
    const target = request.assignedUserId;
    if (target !== null) {
      if (assignee === undefined)
        return refuse(422, "user_not_found", "assignedUserId", `user ${target} does not exist`);
      if (!assignee.active) return refuse(422, "user_inactive", "assignedUserId", "this user is deactivated");
      if (actor.role === "agent" && target !== actor.userId) {
        return refuse(403, "forbidden", "assignedUserId", "agents may only take conversations themselves");
      }
      if (
        actor.role === "store_manager" &&
        target !== actor.userId &&
        !assignee.storeIds.some((id) => actor.storeIds.includes(id))
      ) {
        return refuse(403, "forbidden", "assignedUserId", "this user works for none of your stores");
      }
      next.assignedUserId = target;
      if (next.status !== "closed") next.status = "in_progress";
    } else {
      if (actor.role === "agent" && current.assignedUserId !== actor.userId) {
        return refuse(403, "forbidden", "assignedUserId", "agents may only release their own conversations");
      }
      next.assignedUserId = null;
      next = { ...next, status: nextConversationStatus(next.status, "release") };
    }
  }
  if (request.status !== undefined)
    next = applyStatus(actor, next, request.status, request.assignedUserId !== undefined);
  return { ok: true, next };
}

function applyStatus(
  actor: Actor,
  state: OwnershipState,
  status: ConversationStatus,
  assignmentGiven: boolean,
): OwnershipState {
  if (
    status === "in_progress" &&
    !assignmentGiven &&
    actor.userId !== null &&
    state.assignedUserId === null
  ) {
    return { ...state, status, assignedUserId: actor.userId };
  }
  if ((status === "pending" || status === "bot") && !assignmentGiven) {
    return { ...state, status, assignedUserId: null };
  }
  return { ...state, status };
}

function refuse(status: 403 | 409 | 422, code: string, path: string, message: string): OwnershipDecision {
  return { ok: false, status, code, path, message };
}
