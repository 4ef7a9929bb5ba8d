/**
 * The 24-hour customer service window (WhatsApp CSW, Messenger standard messaging window): free-form
 * messages may be sent only within 24 hours of the customer's last message.
 */
export const CUSTOMER_SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export type WindowDecision =
  | { allowed: true; expiresAt: number }
  | { allowed: false; code: "window_closed"; reason: string; lastInboundAt: number | null };

/**
 * May a free-form (non-template) message be sent now? `lastInboundAt` is the epoch ms of the
 * customer's last message, null when they never wrote.
 */
export function decideServiceWindow(lastInboundAt: number | null, now: number): WindowDecision {
  if (lastInboundAt === null) {
    return {
      allowed: false,
      code: "window_closed",
      reason: "The customer has never messaged this account, so only an approved template can be sent.",
      lastInboundAt,
    };
  }
  const expiresAt = lastInboundAt + CUSTOMER_SERVICE_WINDOW_MS;
  if (now < expiresAt) return { allowed: true, expiresAt };
  const hours = Math.floor((now - lastInboundAt) / 3_600_000);
  return {
    allowed: false,
    code: "window_closed",
    reason: `The customer's last message was ${hours} hours ago; outside the 24-hour window only an approved template can be sent.`,
    lastInboundAt,
  };
}
