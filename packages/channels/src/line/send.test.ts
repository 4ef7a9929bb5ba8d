import { describe, expect, it } from "vitest";
import { useLineApi, rejection } from "./line-api.test-support.js";
import type { LineMessage } from "./line-message-types.js";
import { retryKeyForCall } from "./retry-key.js";
import { pushLineMessages, replyLineMessages } from "./send.js";

const ACCOUNT = { channelAccessToken: "line-token-1" };
const USER = "U4af4980629e5c8f4f2b3c2d1e0f9a8b7";
const KEY = "123e4567-e89b-12d3-a456-426614174000";
const REQUEST_ID = "3a9e1f0c-5b7d-4e2a-9c8f-1d6b4a2e7f30";
const texts = (n: number): LineMessage[] =>
  Array.from({ length: n }, (_, i) => ({ type: "text", text: `m${i}` }));
const sent = (...ids: string[]) =>
  JSON.stringify({ sentMessages: ids.map((id) => ({ id, quoteToken: `q-${id}` })) });

const api = useLineApi(() => [
  { status: 200, headers: { "x-line-request-id": REQUEST_ID }, body: sent("461230966842064897") },
]);

describe("replyLineMessages", () => {
  it("POSTs the token and messages with the bearer token, and returns the request and message ids", async () => {
    const call = await replyLineMessages(api.deps(), ACCOUNT, {
      replyToken: "b60d432864f44d079f6d8efe86cf4001",
      messages: texts(1),
    });
    expect(call).toEqual({
      requestId: REQUEST_ID,
      retryKey: undefined,
      sentMessages: [{ id: "461230966842064897", quoteToken: "q-461230966842064897" }],
      alreadyAccepted: false,
    });
    const [request] = api.seen();
    expect(request).toMatchObject({ method: "POST", url: "/v2/bot/message/reply" });
    expect(request?.headers.authorization).toBe("Bearer line-token-1");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(request?.headers["x-line-retry-key"]).toBeUndefined();
    expect(JSON.parse(request?.body ?? "")).toEqual({
      replyToken: "b60d432864f44d079f6d8efe86cf4001",
      messages: [{ type: "text", text: "m0" }],
    });
  });

  it("refuses more than five messages, or none, without calling LINE", async () => {
    for (const count of [0, 6]) {
      const error = await rejection(
        replyLineMessages(api.deps(), ACCOUNT, { replyToken: "t", messages: texts(count) }),
      );
      expect(error).toMatchObject({ retryable: false, code: "channel_invalid_request" });
    }
    expect(api.seen()).toEqual([]);
  });

  it("tells the caller to push when the token is no longer valid", async () => {
    api.answer({ status: 400, body: JSON.stringify({ message: "Invalid reply token" }) });
    const error = await rejection(
      replyLineMessages(api.deps(), ACCOUNT, { replyToken: "old", messages: texts(1) }),
    );
    expect(error).toMatchObject({ retryable: false, code: "channel_reply_token_invalid" });
  });

  it("accepts an answer without sentMessages", async () => {
    api.answer({ status: 200, body: "{}" });
    const call = await replyLineMessages(api.deps(), ACCOUNT, { replyToken: "t", messages: texts(1) });
    expect(call.sentMessages).toEqual([]);
    expect(call.requestId).toBeUndefined();
  });
});

describe("pushLineMessages", () => {
  it("POSTs to the user with the retry key", async () => {
    const calls = await pushLineMessages(api.deps(), ACCOUNT, {
      to: USER,
      messages: texts(2),
      retryKey: KEY,
      notificationDisabled: true,
    });
    expect(calls).toEqual([
      {
        requestId: REQUEST_ID,
        retryKey: KEY,
        sentMessages: [{ id: "461230966842064897", quoteToken: "q-461230966842064897" }],
        alreadyAccepted: false,
      },
    ]);
    const [request] = api.seen();
    expect(request).toMatchObject({ method: "POST", url: "/v2/bot/message/push" });
    expect(request?.headers["x-line-retry-key"]).toBe(KEY);
    expect(JSON.parse(request?.body ?? "")).toEqual({
      to: USER,
      messages: texts(2),
      notificationDisabled: true,
    });
  });

  it("sends twelve messages in calls of five, each with its own retry key derived from the caller's", async () => {
    await pushLineMessages(api.deps(), ACCOUNT, { to: USER, messages: texts(12), retryKey: KEY });
    const seen = api.seen();
    expect(seen.map((r) => (JSON.parse(r.body) as { messages: unknown[] }).messages.length)).toEqual([
      5, 5, 2,
    ]);
    expect(seen.map((r) => r.headers["x-line-retry-key"])).toEqual(
      [0, 1, 2].map((n) => retryKeyForCall(KEY, n)),
    );
    expect(JSON.parse(seen[2]?.body ?? "")).toEqual({ to: USER, messages: texts(12).slice(10) });
  });

  it("counts a 409 for the retry key as already sent, reading the accepted request's id", async () => {
    api.answer({
      status: 409,
      headers: { "x-line-request-id": "new-request", "x-line-accepted-request-id": REQUEST_ID },
      body: JSON.stringify({
        message: "The retry key is already accepted",
        sentMessages: [{ id: "461230966842064897" }],
      }),
    });
    const calls = await pushLineMessages(api.deps(), ACCOUNT, {
      to: USER,
      messages: texts(1),
      retryKey: KEY,
    });
    expect(calls).toEqual([
      {
        requestId: REQUEST_ID,
        retryKey: KEY,
        sentMessages: [{ id: "461230966842064897" }],
        alreadyAccepted: true,
      },
    ]);
  });

  it("a retried send after a failure skips the calls LINE accepted already", async () => {
    api.answer(
      { status: 200, headers: { "x-line-request-id": "first" }, body: sent("1") },
      { status: 500, body: JSON.stringify({ message: "Internal server error" }) },
    );
    const request = { to: USER, messages: texts(7), retryKey: KEY };
    const error = await rejection(pushLineMessages(api.deps(), ACCOUNT, request));
    expect(error).toMatchObject({ retryable: true, code: "channel_unavailable" });
    api.answer(
      {
        status: 409,
        headers: { "x-line-accepted-request-id": "first" },
        body: JSON.stringify({ message: "The retry key is already accepted" }),
      },
      { status: 200, headers: { "x-line-request-id": "second" }, body: sent("2", "3") },
    );
    const calls = await pushLineMessages(api.deps(), ACCOUNT, request);
    expect(calls.map((c) => [c.requestId, c.alreadyAccepted, c.sentMessages.map((m) => m.id)])).toEqual([
      ["first", true, []],
      ["second", false, ["2", "3"]],
    ]);
    expect(api.seen().map((r) => r.headers["x-line-retry-key"])).toEqual([
      retryKeyForCall(KEY, 0),
      retryKeyForCall(KEY, 1),
      retryKeyForCall(KEY, 0),
      retryKeyForCall(KEY, 1),
    ]);
  });

  it("refuses a retry key that is not a UUID, no messages, or no recipient, without calling LINE", async () => {
    for (const request of [
      { to: USER, messages: texts(1), retryKey: "message-8812" },
      { to: USER, messages: [], retryKey: KEY },
      { to: " ", messages: texts(1), retryKey: KEY },
    ]) {
      const error = await rejection(pushLineMessages(api.deps(), ACCOUNT, request));
      expect(error).toMatchObject({ retryable: false, code: "channel_invalid_request" });
    }
    expect(api.seen()).toEqual([]);
  });

  it("maps a rate limit and an unreachable host to retryable errors", async () => {
    api.answer({
      status: 429,
      body: JSON.stringify({ message: "The API rate limit has been exceeded. Try again later." }),
    });
    const limited = await rejection(
      pushLineMessages(api.deps(), ACCOUNT, { to: USER, messages: texts(1), retryKey: KEY }),
    );
    expect(limited).toMatchObject({ retryable: true, code: "channel_rate_limited" });
    const unreachable = { ...api.deps(), apiUrl: "http://127.0.0.1:1" };
    const down = await rejection(
      pushLineMessages(unreachable, ACCOUNT, { to: USER, messages: texts(1), retryKey: KEY }),
    );
    expect(down).toMatchObject({ retryable: true, code: "channel_unavailable" });
  });
});
