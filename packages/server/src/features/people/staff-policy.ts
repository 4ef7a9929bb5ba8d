/**
 * Pure rules for who may manage which users: admins manage everyone; a store manager manages the agents
 * of their own stores (and may only give them stores of their own); agents manage nobody.
 */
import type { Actor, Role } from "./actor.js";

export interface StaffShape {
  role: Role;
  storeIds: readonly string[];
}

/** Whether the actor may see this user in lists and by id. */
export function canSeeUser(actor: Actor, user: StaffShape & { id: string }): boolean {
  if (actor.role === "admin") return true;
  if (actor.userId === user.id) return true;
  return actor.role === "store_manager" && user.storeIds.some((id) => actor.storeIds.includes(id));
}

/** Why the actor may not give a user this shape; undefined when allowed. `path` names the field. */
export function staffRefusal(actor: Actor, shape: StaffShape): { path: string; message: string } | undefined {
  if (actor.role === "admin") return undefined;
  if (actor.role !== "store_manager")
    return { path: "role", message: "only admins and store managers manage users" };
  if (shape.role !== "agent") return { path: "role", message: "a store manager may only manage agents" };
  if (shape.storeIds.length === 0)
    return { path: "storeIds", message: "an agent of a store manager needs one of their stores" };
  const foreign = shape.storeIds.findIndex((id) => !actor.storeIds.includes(id));
  if (foreign >= 0) return { path: `storeIds[${foreign}]`, message: "not one of your stores" };
  return undefined;
}
