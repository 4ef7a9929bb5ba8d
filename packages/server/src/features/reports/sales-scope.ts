/**
 * Whose orders and report rows a caller may read: admins everything; a store manager their own and
 * their stores' (agents of those stores, orders credited to those stores); an agent only their own.
 */
import type { Actor } from "../people/actor.js";

export type SalesScope = { kind: "all" } | { kind: "scoped"; userId: string; storeIds: readonly string[] };

export function salesScopeOf(actor: Actor): SalesScope {
  if (actor.role === "admin" || actor.userId === null) return { kind: "all" };
  return {
    kind: "scoped",
    userId: actor.userId,
    storeIds: actor.role === "store_manager" ? actor.storeIds : [],
  };
}
