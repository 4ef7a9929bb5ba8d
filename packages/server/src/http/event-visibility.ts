/**
 * Which change events a caller's stream may carry: every one for admins; for agents and store managers only
 * those of conversations in their scope, looked up once per conversation every few seconds (an assignment
 * can bring a conversation into or out of scope).
 */
import type { ChangeEvent } from "../events/change-event.js";
import { conversationScopeOf, scopeIncludes } from "../features/people/actor.js";
import type { Actor } from "../features/people/actor.js";

export type OwnerLookup = (
  conversationId: string,
) => Promise<{ assignedUserId: string | null; storeId: string | null } | undefined>;

const REMEMBER_MS = 3_000;

export function eventVisibility(actor: Actor, lookup: OwnerLookup): (event: ChangeEvent) => Promise<boolean> {
  const scope = conversationScopeOf(actor);
  if (scope.kind === "all") return async () => true;
  const seen = new Map<string, { visible: boolean; until: number }>();
  return async (event) => {
    const now = Date.now();
    const remembered = seen.get(event.conversationId);
    if (remembered !== undefined && remembered.until > now) return remembered.visible;
    const owner = await lookup(event.conversationId);
    const visible = owner !== undefined && scopeIncludes(scope, owner);
    if (seen.size > 10_000) seen.clear();
    seen.set(event.conversationId, { visible, until: now + REMEMBER_MS });
    return visible;
  };
}
