/**
 * Which conversation an order is credited to: of the customer's conversations (every channel identity of
 * the person) that a person handled before the order, the one with the latest agent activity — if that
 * activity lies within the attribution window before the order. The agent credited is the one it was
 * assigned to at the order (assigned before it), else the last agent who wrote in it before the order.
 */

/** One conversation of the customer, as it stood at the order. */
export interface AttributionCandidate {
  conversationId: string;
  storeId: string | null;
  /** The assigned agent and since when; an assignment after the order does not count. */
  assignedUserId: string | null;
  assignedAt: number | null;
  /** The newest message an agent (a user) wrote in it at or before the order. */
  lastAgentMessage: { at: number; userId: string } | null;
}

export interface Attribution {
  conversationId: string;
  userId: string;
  storeId: string | null;
  /** The agent activity the credit rests on. */
  activityAt: number;
}

/** Pure: the credit for an order placed at `orderedAt`, or null when nobody handled the customer in the window. */
export function attributeOrder(
  orderedAt: number,
  windowMs: number,
  candidates: readonly AttributionCandidate[],
): Attribution | null {
  let best: Attribution | null = null;
  for (const candidate of candidates) {
    const credit = creditOf(candidate, orderedAt);
    if (credit === null) continue;
    if (
      best === null ||
      credit.activityAt > best.activityAt ||
      (credit.activityAt === best.activityAt && credit.conversationId > best.conversationId)
    ) {
      best = credit;
    }
  }
  if (best === null || orderedAt - best.activityAt > windowMs) return null;
  return best;
}

function creditOf(candidate: AttributionCandidate, orderedAt: number): Attribution | null {
  const assigned =
    candidate.assignedUserId !== null && candidate.assignedAt !== null && candidate.assignedAt <= orderedAt
      ? { userId: candidate.assignedUserId, at: candidate.assignedAt }
      : null;
  const wrote =
    candidate.lastAgentMessage !== null && candidate.lastAgentMessage.at <= orderedAt
      ? candidate.lastAgentMessage
      : null;
  if (assigned === null && wrote === null) return null;
  const activityAt = Math.max(assigned?.at ?? 0, wrote?.at ?? 0);
  const userId = assigned?.userId ?? wrote?.userId;
  if (userId === undefined) return null;
  return { conversationId: candidate.conversationId, userId, storeId: candidate.storeId, activityAt };
}
