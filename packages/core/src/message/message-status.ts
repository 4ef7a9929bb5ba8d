/**
 * Outbound message states. Platforms deliver statuses at least once and out of order, so a state only
 * ever moves forward: pending (stored) → accepted (the platform's API took it) → sent → delivered → read;
 * failed ends a message that was not yet delivered.
 */
export type OutboundStatus = "pending" | "accepted" | "sent" | "delivered" | "read" | "failed";

const rank: Record<Exclude<OutboundStatus, "failed">, number> = {
  pending: 0,
  accepted: 1,
  sent: 2,
  delivered: 3,
  read: 4,
};

/** The state after `incoming` arrives for a message in state `current`; `current` when it would go back. */
export function nextOutboundStatus(
  current: OutboundStatus,
  incoming: OutboundStatus | "played",
): OutboundStatus {
  const target: OutboundStatus = incoming === "played" ? "read" : incoming;
  if (current === "failed") return "failed";
  if (target === "failed") return rank[current] <= rank.sent ? "failed" : current;
  return rank[target] > rank[current] ? target : current;
}

const outboundStatuses: readonly OutboundStatus[] = [
  "pending",
  "accepted",
  "sent",
  "delivered",
  "read",
  "failed",
];

/**
 * The states `incoming` moves a message out of (for which `nextOutboundStatus` answers another state), so
 * a store can apply a status with one conditional write instead of reading the state first.
 */
export function statusesMovedBy(incoming: OutboundStatus | "played"): OutboundStatus[] {
  return outboundStatuses.filter((current) => nextOutboundStatus(current, incoming) !== current);
}
