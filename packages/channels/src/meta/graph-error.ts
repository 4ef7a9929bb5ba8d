/**
 * Meta's Graph API error answers (`{ error: { code, message, … } }`) as ChannelErrors, for WhatsApp,
 * Messenger and Instagram: each platform's table decides known codes, the HTTP status the rest.
 */
import { ChannelError } from "@switchboard/core";

/** What a platform's table says about one error code. */
export interface GraphErrorRule {
  reason: string;
  retryable: boolean;
  retryAfterMs?: number;
  kind: string;
}

/** The error code a Graph answer carried, as the platform's table reads it. */
export interface GraphErrorAnswer {
  code: number;
  /** How the code is shown: "131047", or "10/2018278" with a subcode. */
  codes: string;
  /** The table's rule, or undefined for a code it does not know. */
  rule: GraphErrorRule | undefined;
  /** The reason given when the table has no rule. */
  unknownReason: string;
  /** Meta's own words, shown in brackets after the reason. */
  platformText: string | undefined;
}

/**
 * A non-2xx Graph API answer → ChannelError named for `platform` ("Messenger error 10/2018278: …").
 * `answer` is undefined when the body carries no error code. Known codes follow the table's rule;
 * unknown codes and bodies without a code are retryable only for 5xx, 429 and 408.
 */
export function toGraphChannelError(
  platform: string,
  httpStatus: number,
  body: unknown,
  answer: GraphErrorAnswer | undefined,
): ChannelError {
  const byStatus = httpStatus >= 500 || httpStatus === 429 || httpStatus === 408;
  const kindByStatus = byStatus ? "channel_unavailable" : "channel_rejected";
  if (answer === undefined) {
    return new ChannelError(`${platform} answered HTTP ${httpStatus} without an error code`, {
      retryable: byStatus,
      code: kindByStatus,
      details: body,
    });
  }
  const { code, codes, rule, platformText } = answer;
  const reason = rule?.reason ?? answer.unknownReason;
  return new ChannelError(
    `${platform} error ${codes}: ${reason}${platformText ? ` (${platformText})` : ""}`,
    {
      retryable: rule ? rule.retryable : byStatus,
      platformCode: code,
      retryAfterMs: rule?.retryAfterMs,
      code: rule?.kind ?? kindByStatus,
      details: body,
    },
  );
}
