/**
 * Pure: whether a conversation reads as unread for a user: the customer wrote after the newest customer
 * message the user saw when they last opened it (both platform times), or the user never opened it.
 */
export function isUnread(lastInboundAt: number | null, seenInboundAt: number | null | undefined): boolean {
  if (lastInboundAt === null) return false;
  return seenInboundAt === undefined || seenInboundAt === null || seenInboundAt < lastInboundAt;
}
