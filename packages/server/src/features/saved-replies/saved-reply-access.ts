/**
 * Pure: who may see and change which saved replies. Shared replies: everyone reads them, admins and store
 * managers change them. Personal replies: only their owner (and admins). A signed-in user's personal
 * replies are theirs: `ownerId` defaults to them and may not name someone else.
 */
import type { Actor } from "../people/actor.js";

export interface ReplyOwnership {
  scope: "shared" | "personal";
  ownerId: string | null;
}

/** The owner whose personal replies a list shows: the user themselves; admins may ask for anyone's. */
export function listOwnerFor(actor: Actor, requested: string | undefined): string | undefined {
  if (actor.role === "admin") return requested ?? actor.userId ?? undefined;
  return actor.userId ?? undefined;
}

export function mayReadReply(actor: Actor, reply: ReplyOwnership): boolean {
  return reply.scope === "shared" || actor.role === "admin" || reply.ownerId === actor.userId;
}

/** Why the actor may not write a reply of this ownership; undefined when allowed. */
export function replyWriteRefusal(
  actor: Actor,
  reply: ReplyOwnership,
): { path: string; message: string } | undefined {
  if (actor.role === "admin") return undefined;
  if (reply.scope === "shared") {
    return actor.role === "store_manager"
      ? undefined
      : { path: "scope", message: "only admins and store managers change shared replies" };
  }
  return reply.ownerId === actor.userId
    ? undefined
    : { path: "ownerId", message: "a personal reply must be your own" };
}

/** A new or changed personal reply of a signed-in user without an owner becomes theirs. */
export function withDefaultOwner<T extends { scope?: string; ownerId?: string | null }>(
  actor: Actor,
  body: T,
): T {
  if (
    body.scope !== "personal" ||
    (body.ownerId !== undefined && body.ownerId !== null) ||
    actor.userId === null
  ) {
    return body;
  }
  return { ...body, ownerId: actor.userId };
}
