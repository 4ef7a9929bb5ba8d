/** Whether free-form messages can be sent now: the 24-hour customer service window. */
export type WindowState = { open: true; expiresAt: number } | { open: false };

/** Pure: open until `windowExpiresAt`; closed when it passed or the customer never wrote (null). */
export function windowStateAt(windowExpiresAt: number | null, now: number): WindowState {
  return windowExpiresAt !== null && now < windowExpiresAt
    ? { open: true, expiresAt: windowExpiresAt }
    : { open: false };
}
