import { describe, expect, it } from "vitest";
import { mapLineError, mapLineNetworkError } from "./error-map.js";

const REQUEST_ID = "3a9e1f0c-5b7d-4e2a-9c8f-1d6b4a2e7f30";
const headers = (extra: Record<string, string> = {}) =>
  new Headers({ "x-line-request-id": REQUEST_ID, ...extra });

describe("mapLineError", () => {
  it("an expired or used reply token: not retryable, push instead", () => {
    const error = mapLineError(400, { message: "Invalid reply token" }, headers());
    expect(error).toMatchObject({
      retryable: false,
      code: "channel_reply_token_invalid",
      platformCode: 400,
      details: { body: { message: "Invalid reply token" }, requestId: REQUEST_ID },
    });
    expect(error.message).toContain("push");
  });

  it("an invalid request names LINE's property and reason", () => {
    const body = {
      message: "The request body has 1 error(s)",
      details: [{ message: "Length must be between 0 and 5000", property: "messages[0].text" }],
    };
    const error = mapLineError(400, body, headers());
    expect(error).toMatchObject({ retryable: false, code: "channel_invalid_request" });
    expect(error.message).toBe(
      "LINE answered HTTP 400: the request is invalid (The request body has 1 error(s); messages[0].text: Length must be between 0 and 5000)",
    );
  });

  it.each([
    [401, "Authentication failed due to the following reason: invalid token", "channel_auth_failed"],
    [403, "Access to this API is not available for your account", "channel_rejected"],
    [404, "Not found", "channel_rejected"],
    [413, "Request Entity Too Large", "channel_invalid_request"],
  ])("HTTP %i is not retryable (%s)", (status, message, code) => {
    expect(mapLineError(status, { message })).toMatchObject({ retryable: false, code, platformCode: status });
  });

  it("a rate limit is retryable after Retry-After, or a second without one", () => {
    const body = { message: "The API rate limit has been exceeded. Try again later." };
    expect(mapLineError(429, body, headers({ "retry-after": "3" }))).toMatchObject({
      retryable: true,
      code: "channel_rate_limited",
      retryAfterMs: 3000,
    });
    expect(mapLineError(429, body)).toMatchObject({ retryable: true, retryAfterMs: 1000 });
  });

  it("the monthly message limit is not retryable", () => {
    expect(mapLineError(429, { message: "You have reached your monthly limit." })).toMatchObject({
      retryable: false,
      code: "channel_quota_exceeded",
    });
  });

  it.each([500, 502, 503, 408])("HTTP %i is retryable, with or without a JSON body", (status) => {
    expect(mapLineError(status, "<html>Bad gateway</html>")).toMatchObject({
      retryable: true,
      code: "channel_unavailable",
      platformCode: status,
    });
  });

  it("a body that is not LINE's error shape still maps by status", () => {
    const error = mapLineError(400, "Bad Request");
    expect(error).toMatchObject({
      retryable: false,
      code: "channel_invalid_request",
      details: { body: "Bad Request" },
    });
    expect(error.message).toBe("LINE answered HTTP 400: the request is invalid");
  });
});

describe("mapLineNetworkError", () => {
  it("is retryable and keeps the cause", () => {
    const cause = new TypeError("fetch failed");
    expect(mapLineNetworkError(cause)).toMatchObject({ retryable: true, code: "channel_unavailable", cause });
  });
});
