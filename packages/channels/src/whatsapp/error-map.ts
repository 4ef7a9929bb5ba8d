// WhatsApp Cloud API error codes (PLATFORMS.md A8) → whether to retry, when, and a readable reason;
// HTTP failures and network failures → ChannelError.
import { z } from "zod";
import type { ChannelError } from "@switchboard/core";
import { mapNetworkFailure } from "../http/network-error.js";
import { toGraphChannelError } from "../meta/graph-error.js";

/** Stable application codes carried by the ChannelErrors this channel throws. */
export type WhatsAppErrorKind =
  | "channel_auth_failed"
  | "channel_rate_limited"
  | "channel_unavailable"
  | "channel_window_closed"
  | "channel_invalid_request"
  | "channel_rejected";

interface CodeRule {
  reason: string;
  retryable: boolean;
  retryAfterMs?: number;
  kind: WhatsAppErrorKind;
}

const SECOND = 1000;
const PAIR_RATE_MAX_EXPONENT = 6;

const no = (reason: string, kind: WhatsAppErrorKind = "channel_rejected"): CodeRule => ({
  reason,
  retryable: false,
  kind,
});
const later = (reason: string, kind: WhatsAppErrorKind, retryAfterMs?: number): CodeRule => ({
  reason,
  retryable: true,
  kind,
  retryAfterMs,
});

const RULES = new Map<number, CodeRule>([
  [0, no("authentication failed; reconnect the account", "channel_auth_failed")],
  [190, no("access token expired or invalid; reconnect the account", "channel_auth_failed")],
  [3, no("the app lacks the capability for this call")],
  [10, no("permission denied for this call")],
  [4, later("too many Graph API calls from this app; back off", "channel_rate_limited", 60 * SECOND)],
  [
    80007,
    later("WhatsApp Business Account rate limit reached; back off", "channel_rate_limited", 60 * SECOND),
  ],
  [
    130429,
    later("sending faster than this number's throughput allows; slow down", "channel_rate_limited", SECOND),
  ],
  [
    131056,
    later(
      "too many messages to this customer in a short time (pair rate limit)",
      "channel_rate_limited",
      SECOND,
    ),
  ],
  [131048, no("spam rate limit reached after low-quality signals; pause campaigns and fix quality")],
  [131064, no("messaging limit reached because templates were miscategorised; wait until enforcement ends")],
  [368, no("temporarily blocked for a policy violation")],
  [130497, no("this business may not message customers in that country")],
  [131031, no("the business account is locked (policy violation or wrong two-step PIN)")],
  [1, later("unknown WhatsApp error", "channel_unavailable")],
  [2, later("WhatsApp service temporarily unavailable", "channel_unavailable")],
  [131000, later("something went wrong at WhatsApp", "channel_unavailable")],
  [131016, later("WhatsApp service overloaded", "channel_unavailable")],
  [133004, later("WhatsApp server temporarily unavailable", "channel_unavailable")],
  [33, no("the business phone number was deleted")],
  [
    100,
    no(
      "invalid, unsupported or misspelled parameter, or a value over its length limit",
      "channel_invalid_request",
    ),
  ],
  [131008, no("a required parameter is missing", "channel_invalid_request")],
  [
    131009,
    no(
      "a parameter value is invalid (or the reaction target cannot be reacted to)",
      "channel_invalid_request",
    ),
  ],
  [131021, no("sender and recipient are the same number", "channel_invalid_request")],
  [131026, no("message undeliverable: not on WhatsApp, outdated app, or terms not accepted")],
  [131037, no("this number needs an approved display name before it can send")],
  [131042, no("payment or billing problem on the business account")],
  [131045, no("phone number registration error")],
  [131047, no("more than 24 hours since the customer last wrote; send a template", "channel_window_closed")],
  [
    131049,
    no("not delivered to keep engagement healthy (per-customer marketing cap); wait at least 24 hours"),
  ],
  [131050, no("the customer stopped marketing messages from this business; do not retry")],
  [131051, no("unsupported message type", "channel_invalid_request")],
  [131052, no("could not download the media the customer sent (over 100 MB or unavailable)")],
  [131053, no("could not upload or fetch the media (bad MIME type or URL)", "channel_invalid_request")],
  [131057, later("the business account is in maintenance mode", "channel_unavailable", 60 * SECOND)],
  [
    131063,
    no("marketing templates are disabled on the Cloud API for this account; use the Marketing Messages API"),
  ],
  [130403, no("this business blocked the customer")],
  [130472, no("the customer is in a marketing experiment holdout group")],
  [132000, no("template parameter count does not match the template", "channel_invalid_request")],
  [132001, no("template does not exist in that language or is not approved", "channel_invalid_request")],
  [132005, no("translated template text is too long", "channel_invalid_request")],
  [132007, no("template content violates WhatsApp policy")],
  [132012, no("template parameter format does not match the template", "channel_invalid_request")],
  [132015, no("template is paused for low quality")],
  [132016, no("template is permanently disabled for low quality")],
  [132018, no("template validation error", "channel_invalid_request")],
  [132068, no("the Flow is blocked")],
  [132069, no("the Flow is throttled (at most 10 messages an hour)")],
  [133000, no("a previous deregistration did not complete")],
  [133001, no("registration failed: decryption error")],
  [133002, no("registration failed: backup decryption error")],
  [133003, no("registration failed: recovery token error")],
  [133005, no("two-step verification PIN does not match")],
  [133006, no("the phone number must be verified again before registering")],
  [133007, no("too many two-step verification PIN guesses; account locked for a while")],
  [133008, no("too many two-step verification PIN guesses for this number")],
  [133009, no("two-step verification PIN entered too quickly")],
  [133010, no("the phone number is not registered on the WhatsApp Business Platform")],
  [133015, no("the phone number was just deleted; wait a few minutes before registering it again")],
  [133016, no("too many registrations or deregistrations for this number")],
  [134011, no("WhatsApp Payments terms of service not accepted")],
  [135000, no("unknown error with the request parameters", "channel_invalid_request")],
  [2388019, no("template count limit reached for this account")],
]);

function ruleFor(code: number): CodeRule | undefined {
  if (code >= 200 && code <= 299) return RULES.get(code) ?? no(`permission ${code} missing for this call`);
  return RULES.get(code);
}

/**
 * What a WhatsApp error code means and whether sending again can help. `retryAfterMs` is the least wait
 * the platform's rules imply; for 131056 it is the first step of `pairRateRetryDelayMs`.
 * Codes outside the table are reported as not retryable; `mapWhatsAppError` then decides by HTTP status.
 */
export function describeWhatsAppErrorCode(code: number): {
  retryable: boolean;
  reason: string;
  retryAfterMs?: number;
} {
  const rule = ruleFor(code);
  if (!rule) return { retryable: false, reason: `unknown WhatsApp error code ${code}` };
  return rule.retryAfterMs === undefined
    ? { retryable: rule.retryable, reason: rule.reason }
    : { retryable: rule.retryable, reason: rule.reason, retryAfterMs: rule.retryAfterMs };
}

/**
 * Wait before retry number `attempt` (0-based) after a 131056 pair rate limit: 4^attempt seconds
 * (PLATFORMS.md A9), capped at 4^6 s (about 68 minutes).
 */
export function pairRateRetryDelayMs(attempt: number): number {
  const exponent = Math.min(Math.max(0, Math.floor(attempt)), PAIR_RATE_MAX_EXPONENT);
  return 4 ** exponent * SECOND;
}

const GraphErrorSchema = z.object({
  error: z.object({
    code: z.number().int(),
    message: z.string().optional(),
    error_data: z.object({ details: z.string().optional() }).optional().catch(undefined),
  }),
});

/**
 * A non-2xx Graph API answer → ChannelError. `body` is the parsed JSON (or text) Meta returned:
 * `{ error: { message, type, code, error_data: { details }, fbtrace_id } }`. Known codes follow the
 * table; unknown codes and bodies without a code are retryable only for 5xx, 429 and 408.
 */
export function mapWhatsAppError(httpStatus: number, body: unknown): ChannelError {
  const parsed = GraphErrorSchema.safeParse(body);
  if (!parsed.success) return toGraphChannelError("WhatsApp", httpStatus, body, undefined);
  const { code, message, error_data } = parsed.data.error;
  return toGraphChannelError("WhatsApp", httpStatus, body, {
    code,
    codes: `${code}`,
    rule: ruleFor(code),
    unknownReason: `unknown WhatsApp error code ${code}`,
    platformText: error_data?.details ?? message,
  });
}

/** `fetch` itself failed (DNS, refused, reset, timeout): retryable, the request may not have arrived. */
export function mapNetworkError(error: unknown): ChannelError {
  return mapNetworkFailure(error, "WhatsApp");
}
