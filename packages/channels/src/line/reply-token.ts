/** Whether a LINE reply token can still be used, or the answer must go as a push (PLATFORMS.md D1, E17). */
import type { LineReplyToken } from "./line-inbound-event.js";
import { REPLY_TOKEN_MAX_AGE_MS } from "./line-limits.js";

/**
 * True while the token is younger than `maxAgeMs` (default 50 s of LINE's "about a minute") at `now`
 * (epoch ms, from the caller's clock). A token that passes can still be refused (used already):
 * `replyLineMessages` then throws `channel_reply_token_invalid` and the caller pushes.
 */
export function isLineReplyTokenUsable(
  token: LineReplyToken | undefined,
  now: number,
  maxAgeMs = REPLY_TOKEN_MAX_AGE_MS,
): boolean {
  if (token === undefined) return false;
  const age = now - token.issuedAt;
  return age >= 0 && age < maxAgeMs;
}
