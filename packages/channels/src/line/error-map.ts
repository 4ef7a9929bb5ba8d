// LINE Messaging API failures (PLATFORMS.md D1, D4, E17) → ChannelError: whether to retry, when, and
// whether a reply should fall back to a push.
import { z } from "zod";
import { ChannelError } from "@switchboard/core";
import { mapNetworkFailure } from "../http/network-error.js";

/** Stable application codes carried by the ChannelErrors this channel throws. */
export type LineErrorKind =
  | "channel_auth_failed"
  | "channel_rate_limited"
  | "channel_quota_exceeded"
  | "channel_unavailable"
  | "channel_invalid_request"
  | "channel_reply_token_invalid"
  | "channel_rejected";

interface Rule {
  reason: string;
  retryable: boolean;
  kind: LineErrorKind;
  retryAfterMs?: number;
}

/** Wait before retrying a 429 that is not the monthly limit, when LINE sends no `Retry-After`. */
const RATE_LIMIT_RETRY_MS = 1000;

const LineErrorSchema = z.object({
  message: z.string(),
  details: z
    .array(z.object({ message: z.string().optional(), property: z.string().optional() }))
    .optional()
    .catch(undefined),
});

function retryAfterMsOf(headers: Headers | undefined): number {
  const seconds = Number(headers?.get("retry-after") ?? "");
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : RATE_LIMIT_RETRY_MS;
}

function ruleFor(status: number, message: string, headers: Headers | undefined): Rule {
  const no = (reason: string, kind: LineErrorKind = "channel_rejected"): Rule => ({
    reason,
    retryable: false,
    kind,
  });
  if (status === 400 && /reply ?token/i.test(message)) {
    return no(
      "the reply token expired, was used already or is unknown; send the message as a push instead",
      "channel_reply_token_invalid",
    );
  }
  if (status === 429) {
    if (/monthly limit|quota/i.test(message)) {
      return no(
        "this month's message quota is used up; push messages are refused until it resets",
        "channel_quota_exceeded",
      );
    }
    return {
      reason: "too many requests for this channel; slow down",
      retryable: true,
      kind: "channel_rate_limited",
      retryAfterMs: retryAfterMsOf(headers),
    };
  }
  if (status >= 500 || status === 408) {
    return { reason: "LINE is temporarily unavailable", retryable: true, kind: "channel_unavailable" };
  }
  switch (status) {
    case 400:
      return no("the request is invalid", "channel_invalid_request");
    case 401:
      return no("the channel access token is invalid or expired; reissue it", "channel_auth_failed");
    case 403:
      return no("this channel or plan is not allowed to make this call");
    case 404:
      return no("not found (unknown user, message or content that has expired)");
    case 409:
      return no("a request with the same retry key was already accepted");
    case 410:
      return no("the resource is no longer available");
    case 413:
      return no("the request is larger than LINE accepts (2 MB)", "channel_invalid_request");
    case 415:
      return no("LINE does not take this media type", "channel_invalid_request");
    default:
      return no(`unexpected HTTP ${status}`);
  }
}

/**
 * A non-2xx LINE answer → ChannelError. `body` is the parsed JSON (or text): `{ message, details: [{
 * message, property }] }`. 5xx, 408 and 429 (unless the monthly quota is used up) are retryable; a 400
 * about the reply token is `channel_reply_token_invalid`, so the caller pushes instead. LINE has no
 * error codes of its own: `platformCode` is the HTTP status.
 */
export function mapLineError(httpStatus: number, body: unknown, headers?: Headers): ChannelError {
  const parsed = LineErrorSchema.safeParse(body);
  const platformMessage = parsed.success ? parsed.data.message : "";
  const rule = ruleFor(httpStatus, platformMessage, headers);
  const details = (parsed.success ? (parsed.data.details ?? []) : [])
    .map((detail) => [detail.property, detail.message].filter((part) => part !== undefined).join(": "))
    .filter((text) => text !== "");
  const said = [platformMessage, ...details].filter((text) => text !== "").join("; ");
  const requestId = headers?.get("x-line-request-id") ?? undefined;
  return new ChannelError(`LINE answered HTTP ${httpStatus}: ${rule.reason}${said ? ` (${said})` : ""}`, {
    retryable: rule.retryable,
    platformCode: httpStatus,
    retryAfterMs: rule.retryAfterMs,
    code: rule.kind,
    details: { body, ...(requestId === undefined ? {} : { requestId }) },
  });
}

/** `fetch` itself failed (DNS, refused, reset, timeout): retryable, the request may not have arrived. */
export function mapLineNetworkError(error: unknown): ChannelError {
  return mapNetworkFailure(error, "LINE");
}
