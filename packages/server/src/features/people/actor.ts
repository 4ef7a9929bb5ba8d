/**
 * Who is calling the API, and what their role lets them see. Roles: `admin` (everything),
 * `store_manager` (their stores' conversations and staff), `agent` (conversations assigned to them or
 * waiting in their stores' queues).
 */
import { z } from "zod";

export const ROLES = ["admin", "store_manager", "agent"] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export interface Actor {
  /** How the caller proved who they are: the configured admin token, a console session or an API token. */
  kind: "admin_token" | "session" | "api_token";
  role: Role;
  /** The user; null for the admin token, which belongs to nobody. */
  userId: string | null;
  /** E-mail or token name, for the audit log. */
  label: string;
  /** The stores the user works for (empty for admins, who see every store). */
  storeIds: readonly string[];
}

export const ADMIN_TOKEN_ACTOR: Actor = {
  kind: "admin_token",
  role: "admin",
  userId: null,
  label: "admin token",
  storeIds: [],
};

/**
 * Which conversations an actor may read and answer: every one (admins), or those assigned to the user,
 * plus their stores' queue (agents: only the unassigned ones; store managers: all of their stores').
 */
export type ConversationScope =
  { kind: "all" } | { kind: "scoped"; userId: string; storeIds: readonly string[]; wholeStores: boolean };

export function conversationScopeOf(actor: Actor): ConversationScope {
  if (actor.role === "admin" || actor.userId === null) return { kind: "all" };
  return {
    kind: "scoped",
    userId: actor.userId,
    storeIds: actor.storeIds,
    wholeStores: actor.role === "store_manager",
  };
}

/** Pure: whether a conversation with this owner and store is within the scope. */
export function scopeIncludes(
  scope: ConversationScope,
  conversation: { assignedUserId: string | null; storeId: string | null },
): boolean {
  if (scope.kind === "all") return true;
  if (conversation.assignedUserId === scope.userId) return true;
  if (conversation.storeId === null || !scope.storeIds.includes(conversation.storeId)) return false;
  return scope.wholeStores || conversation.assignedUserId === null;
}
