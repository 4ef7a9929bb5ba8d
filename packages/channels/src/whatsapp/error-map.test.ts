import { describe, expect, it } from "vitest";
import { ChannelError } from "@switchboard/core";
import {
  describeWhatsAppErrorCode,
  mapNetworkError,
  mapWhatsAppError,
  pairRateRetryDelayMs,
} from "./error-map.js";

/** Every code in the PLATFORMS.md A8 table. */
const TABLE_CODES = [
  0, 190, 3, 10, 200, 299, 4, 80007, 130429, 131056, 131048, 131064, 368, 130497, 131031, 1, 2, 131000,
  131016, 133004, 33, 100, 131008, 131009, 131021, 131026, 131037, 131042, 131045, 131047, 131049, 131050,
  131051, 131052, 131053, 131057, 131063, 130403, 130472, 132000, 132001, 132005, 132007, 132012, 132015,
  132016, 132018, 132068, 132069, 133000, 133001, 133002, 133003, 133005, 133006, 133007, 133008, 133009,
  133010, 133015, 133016, 134011, 135000, 2388019,
];
const RETRYABLE = new Set([4, 80007, 130429, 131056, 1, 2, 131000, 131016, 133004, 131057]);

const graphError = (code: number, details?: string) => ({
  error: {
    message: "(#" + code + ") Something about it",
    type: "OAuthException",
    code,
    error_data: details ? { messaging_product: "whatsapp", details } : undefined,
    fbtrace_id: "AbCdEfGh123",
  },
});

describe("describeWhatsAppErrorCode", () => {
  it.each(TABLE_CODES)("knows code %i with a readable reason and the table's retry advice", (code) => {
    const described = describeWhatsAppErrorCode(code);
    expect(described.reason).not.toMatch(/unknown WhatsApp error code/);
    expect(described.reason.length).toBeGreaterThan(10);
    expect(described.retryable).toBe(RETRYABLE.has(code));
  });

  it("says what to do about 131047", () => {
    expect(describeWhatsAppErrorCode(131047)).toEqual({
      retryable: false,
      reason: "more than 24 hours since the customer last wrote; send a template",
    });
  });

  it("backs off on throughput and pair rate limits", () => {
    expect(describeWhatsAppErrorCode(130429)).toMatchObject({ retryable: true, retryAfterMs: 1000 });
    expect(describeWhatsAppErrorCode(131056)).toMatchObject({ retryable: true, retryAfterMs: 1000 });
    expect(describeWhatsAppErrorCode(131057).retryAfterMs).toBe(60_000);
  });

  it("treats every 2xx-range code as a missing permission", () => {
    expect(describeWhatsAppErrorCode(230)).toEqual({
      retryable: false,
      reason: "permission 230 missing for this call",
    });
  });

  it("reports a code outside the table as unknown and not retryable", () => {
    expect(describeWhatsAppErrorCode(999_999)).toEqual({
      retryable: false,
      reason: "unknown WhatsApp error code 999999",
    });
  });
});

describe("pairRateRetryDelayMs", () => {
  it("waits 4^attempt seconds, capped", () => {
    expect([0, 1, 2, 3].map(pairRateRetryDelayMs)).toEqual([1000, 4000, 16_000, 64_000]);
    expect(pairRateRetryDelayMs(6)).toBe(4096_000);
    expect(pairRateRetryDelayMs(50)).toBe(4096_000);
    expect(pairRateRetryDelayMs(-1)).toBe(1000);
  });
});

describe("mapWhatsAppError", () => {
  it("does not retry an invalid parameter (400, code 100) and names the detail", () => {
    const error = mapWhatsAppError(
      400,
      graphError(100, "Param text['body'] must be at most 4096 characters long."),
    );
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({
      retryable: false,
      platformCode: 100,
      code: "channel_invalid_request",
      message:
        "WhatsApp error 100: invalid, unsupported or misspelled parameter, or a value over its length limit " +
        "(Param text['body'] must be at most 4096 characters long.)",
    });
  });

  it("retries a throughput limit (130429) after a backoff", () => {
    const error = mapWhatsAppError(400, graphError(130429, "Cloud API message throughput has been reached."));
    expect(error).toMatchObject({
      retryable: true,
      platformCode: 130429,
      retryAfterMs: 1000,
      code: "channel_rate_limited",
    });
  });

  it("retries a pair rate limit (131056) and marks 131047 as a closed window", () => {
    expect(mapWhatsAppError(400, graphError(131056))).toMatchObject({ retryable: true, retryAfterMs: 1000 });
    expect(mapWhatsAppError(400, graphError(131047))).toMatchObject({
      retryable: false,
      code: "channel_window_closed",
    });
  });

  it("flags an expired token as an authentication failure", () => {
    expect(mapWhatsAppError(401, graphError(190))).toMatchObject({
      retryable: false,
      platformCode: 190,
      code: "channel_auth_failed",
    });
  });

  it("uses Meta's message when there are no details, and keeps the body", () => {
    const body = graphError(131000);
    const error = mapWhatsAppError(500, body);
    expect(error.message).toBe(
      "WhatsApp error 131000: something went wrong at WhatsApp ((#131000) Something about it)",
    );
    expect(error.details).toBe(body);
    expect(error.retryable).toBe(true);
  });

  it("decides an unknown code by HTTP status: 5xx retryable, 4xx not", () => {
    expect(mapWhatsAppError(503, graphError(987654))).toMatchObject({
      retryable: true,
      platformCode: 987654,
    });
    expect(mapWhatsAppError(400, graphError(987654))).toMatchObject({
      retryable: false,
      platformCode: 987654,
    });
  });

  it("decides a body without an error code by HTTP status", () => {
    expect(mapWhatsAppError(502, "<html>Bad Gateway</html>")).toMatchObject({
      retryable: true,
      platformCode: undefined,
      code: "channel_unavailable",
    });
    expect(mapWhatsAppError(429, {})).toMatchObject({ retryable: true });
    expect(mapWhatsAppError(404, { error: { message: "no code" } })).toMatchObject({
      retryable: false,
      code: "channel_rejected",
    });
  });
});

describe("mapNetworkError", () => {
  it("makes a retryable error that keeps the cause", () => {
    const cause = new TypeError("fetch failed");
    const error = mapNetworkError(cause);
    expect(error).toMatchObject({ retryable: true, code: "channel_unavailable", platformCode: undefined });
    expect(error.message).toBe("WhatsApp could not be reached: fetch failed");
    expect(error.cause).toBe(cause);
    expect(mapNetworkError("socket hang up").message).toBe("WhatsApp could not be reached: socket hang up");
  });
});
