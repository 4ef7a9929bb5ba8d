import { describe, expect, it } from "vitest";
import { describeMessagingErrorCode, mapMessagingError, mapMessagingNetworkError } from "./error-map.js";

const graphError = (code: number, subcode?: number, message = "(#x) Something") => ({
  error: {
    message,
    type: "OAuthException",
    code,
    ...(subcode === undefined ? {} : { error_subcode: subcode }),
    fbtrace_id: "AbC123",
  },
});

describe("mapMessagingError", () => {
  it.each([
    [10, 2018278, false, "channel_window_closed", undefined],
    [10, 2534022, false, "channel_window_closed", undefined],
    [10, 1893063, false, "channel_rejected", undefined],
    [551, 1545041, false, "channel_recipient_unavailable", undefined],
    [551, undefined, false, "channel_recipient_unavailable", undefined],
    [613, undefined, true, "channel_rate_limited", 60_000],
    [4, undefined, true, "channel_rate_limited", 60_000],
    [17, undefined, true, "channel_rate_limited", 60_000],
    [32, undefined, true, "channel_rate_limited", 60_000],
    [190, 463, false, "channel_auth_failed", undefined],
    [200, undefined, false, "channel_rejected", undefined],
    [230, undefined, false, "channel_rejected", undefined],
    [100, undefined, false, "channel_invalid_request", undefined],
    [10, 2018300, true, "channel_unavailable", 60_000],
    [2, undefined, true, "channel_unavailable", undefined],
  ])("%i/%s → retryable %s, %s, wait %s", (code, subcode, retryable, kind, retryAfterMs) => {
    const error = mapMessagingError(400, graphError(code, subcode), "Messenger");
    expect(error).toMatchObject({ retryable, code: kind, platformCode: code, retryAfterMs });
    expect(error.message).toMatch(
      new RegExp(`^Messenger error ${code}${subcode === undefined ? ":" : `/${subcode}:`}`),
    );
  });

  it("refuses error 100 about a retired tag as a tag refusal, keeping Meta's words", () => {
    const error = mapMessagingError(
      400,
      graphError(100, undefined, "(#100) Tag POST_PURCHASE_UPDATE is deprecated and can no longer be used"),
      "Messenger",
    );
    expect(error).toMatchObject({ retryable: false, platformCode: 100, code: "channel_tag_not_allowed" });
    expect(error.message).toContain("only HUMAN_AGENT is left");
    expect(error.message).toContain("POST_PURCHASE_UPDATE is deprecated");
  });

  it("names the platform it speaks for", () => {
    expect(mapMessagingError(400, graphError(10, 2534022), "Instagram").message).toMatch(
      /^Instagram error 10\/2534022/,
    );
  });

  it("decides unknown codes and bodies without a code by HTTP status", () => {
    expect(mapMessagingError(400, graphError(99999), "Messenger")).toMatchObject({
      retryable: false,
      code: "channel_rejected",
    });
    expect(mapMessagingError(503, graphError(99999), "Messenger")).toMatchObject({
      retryable: true,
      code: "channel_unavailable",
    });
    expect(mapMessagingError(502, "Bad Gateway", "Messenger")).toMatchObject({
      retryable: true,
      details: "Bad Gateway",
    });
    expect(mapMessagingError(404, "", "Messenger")).toMatchObject({ retryable: false });
  });

  it("treats a network failure as retryable", () => {
    expect(mapMessagingNetworkError(new Error("ECONNRESET"), "Messenger")).toMatchObject({
      retryable: true,
      code: "channel_unavailable",
      message: "Messenger could not be reached: ECONNRESET",
    });
  });
});

describe("describeMessagingErrorCode", () => {
  it("prefers the subcode, and reports unknown codes as final", () => {
    expect(describeMessagingErrorCode(10, 2018278)).toMatchObject({
      retryable: false,
      kind: "channel_window_closed",
    });
    expect(describeMessagingErrorCode(10)).toMatchObject({ retryable: false, kind: "channel_rejected" });
    expect(describeMessagingErrorCode(123456)).toEqual({
      retryable: false,
      reason: "unknown error code 123456",
    });
  });
});
