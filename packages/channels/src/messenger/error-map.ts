// Messenger and Instagram Graph API errors (PLATFORMS.md B3, B8, Part C) → whether to retry, when, and a
// readable reason; HTTP failures and network failures → ChannelError.
import { z } from "zod";
import type { ChannelError } from "@switchboard/core";
import { toGraphChannelError } from "../meta/graph-error.js";

/** `fetch` itself failed (DNS, refused, reset, timeout): retryable, the request may not have arrived. */
export { mapNetworkFailure as mapMessagingNetworkError } from "../http/network-error.js";

/** Stable application codes carried by the ChannelErrors these channels throw. */
export type MessagingErrorKind =
  | "channel_auth_failed"
  | "channel_rate_limited"
  | "channel_unavailable"
  | "channel_window_closed"
  | "channel_recipient_unavailable"
  | "channel_tag_not_allowed"
  | "channel_invalid_request"
  | "channel_rejected";

interface ErrorRule {
  reason: string;
  retryable: boolean;
  retryAfterMs?: number;
  kind: MessagingErrorKind;
}

const MINUTE = 60_000;

const no = (reason: string, kind: MessagingErrorKind = "channel_rejected"): ErrorRule => ({
  reason,
  retryable: false,
  kind,
});
const later = (reason: string, kind: MessagingErrorKind, retryAfterMs?: number): ErrorRule => ({
  reason,
  retryable: true,
  kind,
  ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
});

const WINDOW_CLOSED = no(
  "sent outside the 24-hour standard messaging window; only a human agent may answer, with the HUMAN_AGENT tag, within 7 days",
  "channel_window_closed",
);

/** Rules by error subcode; they win over the code's rule. */
const SUBCODES = new Map<number, ErrorRule>([
  [2018278, WINDOW_CLOSED],
  [2534022, WINDOW_CLOSED],
  [1893063, no("the Page is temporarily restricted from sending messages; stop the campaign")],
  // 1545041 is "person not available" on every error page, but one 2026 page calls it a closed window.
  [
    1545041,
    no(
      "the person is not available (blocked the Page, deactivated, or cannot be reached now)",
      "channel_recipient_unavailable",
    ),
  ],
  [
    2018300,
    later(
      "another app controls this conversation (handover); try again later",
      "channel_unavailable",
      MINUTE,
    ),
  ],
  [
    2018321,
    later(
      "a Messenger automated flow controls this conversation; try again later",
      "channel_unavailable",
      MINUTE,
    ),
  ],
  [2018001, no("no matching user found for this recipient id", "channel_recipient_unavailable")],
]);

const CODES = new Map<number, ErrorRule>([
  [190, no("the access token expired or is invalid; reconnect the account", "channel_auth_failed")],
  [102, no("the session expired; reconnect the account", "channel_auth_failed")],
  [10, no("permission denied for this message")],
  [200, no("permission missing (before App Review only people with a role on the app can be messaged)")],
  [
    551,
    no(
      "the person is not available (blocked the Page, deactivated, or unreachable)",
      "channel_recipient_unavailable",
    ),
  ],
  [613, later("the Send API rate limit was exceeded; back off", "channel_rate_limited", MINUTE)],
  [4, later("the app's Graph API call limit was reached; back off", "channel_rate_limited", MINUTE)],
  [17, later("the user's Graph API call limit was reached; back off", "channel_rate_limited", MINUTE)],
  [32, later("the Page's Graph API call limit was reached; back off", "channel_rate_limited", MINUTE)],
  [368, no("the Page is temporarily blocked for a policy violation")],
  [1, later("unknown error at Meta", "channel_unavailable")],
  [2, later("Meta's service is temporarily unavailable", "channel_unavailable")],
  [
    100,
    no(
      "invalid parameter: a bad recipient, a value over its limit, or an unsupported field",
      "channel_invalid_request",
    ),
  ],
]);

/** Meta's error 100 for a retired tag names the tag or says the tag is deprecated (from 27 April 2026). */
const RETIRED_TAG_TEXT =
  /\b(CONFIRMED_EVENT_UPDATE|POST_PURCHASE_UPDATE|ACCOUNT_UPDATE)\b|\btag\b.*\b(deprecated|retired|no longer)\b/i;

function ruleFor(code: number, subcode: number | undefined, text: string | undefined): ErrorRule | undefined {
  const bySubcode = subcode === undefined ? undefined : SUBCODES.get(subcode);
  if (bySubcode) return bySubcode;
  if (code === 100 && text !== undefined && RETIRED_TAG_TEXT.test(text)) {
    return no(
      "the message tag is retired; only HUMAN_AGENT is left, for a human agent's reply",
      "channel_tag_not_allowed",
    );
  }
  if (code >= 200 && code <= 299) return CODES.get(code) ?? no(`permission ${code} missing for this call`);
  return CODES.get(code);
}

/**
 * What a Graph error code (and subcode) means and whether sending again can help. Codes outside the
 * table are reported as not retryable; `mapMessagingError` then decides by HTTP status.
 */
export function describeMessagingErrorCode(
  code: number,
  subcode?: number,
  platformText?: string,
): { retryable: boolean; reason: string; kind?: MessagingErrorKind; retryAfterMs?: number } {
  const rule = ruleFor(code, subcode, platformText);
  if (!rule) return { retryable: false, reason: `unknown error code ${code}` };
  return rule;
}

const GraphErrorSchema = z.object({
  error: z.object({
    code: z.number().int(),
    error_subcode: z.number().int().optional().catch(undefined),
    message: z.string().optional().catch(undefined),
  }),
});

/**
 * A non-2xx Graph API answer → ChannelError named for `platform` ("Messenger error 10/2018278: …").
 * `body` is the parsed JSON (or text): `{ error: { message, type, code, error_subcode, fbtrace_id } }`.
 * Known codes follow the tables; unknown codes and bodies without a code are retryable only for 5xx,
 * 429 and 408.
 */
export function mapMessagingError(httpStatus: number, body: unknown, platform: string): ChannelError {
  const parsed = GraphErrorSchema.safeParse(body);
  if (!parsed.success) return toGraphChannelError(platform, httpStatus, body, undefined);
  const { code, error_subcode: subcode, message } = parsed.data.error;
  return toGraphChannelError(platform, httpStatus, body, {
    code,
    codes: subcode === undefined ? `${code}` : `${code}/${subcode}`,
    rule: ruleFor(code, subcode, message),
    unknownReason: `unknown error code ${code}`,
    platformText: message,
  });
}
