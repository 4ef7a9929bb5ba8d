/**
 * Marks the open conversation read for the signed-in user: when it opens, and again whenever the customer
 * writes while it is open (its `lastInboundAt` moves).
 */
import { useEffect } from "react";
import { useInboxApi } from "../../api/inbox-api";

export function useMarkRead(conversationId: string, lastInboundAt: number | null | undefined): void {
  const api = useInboxApi();
  useEffect(() => {
    if (lastInboundAt === undefined) return;
    // A failed mark leaves the conversation unread, which the next open or message retries.
    api.markRead(conversationId).catch(() => undefined);
  }, [api, conversationId, lastInboundAt]);
}
