import { ChannelError, type FetchFn } from "@switchboard/core";
import { beforeEach, describe, expect, it } from "vitest";
import { sendMessengerRequest, sendSenderAction } from "./send.js";

interface Seen {
  url: string;
  method: string | undefined;
  headers: Headers;
  body: unknown;
}

let seen: Seen[] = [];
let answer: () => Response;
const fetch: FetchFn = async (url, init) => {
  seen.push({
    url,
    method: init?.method,
    headers: new Headers(init?.headers),
    body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
  });
  return answer();
};
const json = (status: number, body: unknown) => () =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
const deps = { fetch, graphUrl: "https://graph.example.test/", graphVersion: "v25.0" };
const account = { accessToken: "EAAPage-token" };
const request = {
  recipient: { id: "6783475981684362" },
  messaging_type: "RESPONSE",
  message: { text: "Hi" },
};

async function rejection(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ChannelError)) throw new Error(`expected a ChannelError, got ${String(error)}`);
  return error;
}

beforeEach(() => {
  seen = [];
  answer = json(200, { recipient_id: "6783475981684362", message_id: "m_OUT1" });
});

describe("sendMessengerRequest", () => {
  it("POSTs the request with the Page token to /{version}/me/messages and returns the message id", async () => {
    expect(await sendMessengerRequest(deps, account, request)).toEqual({
      providerMessageId: "m_OUT1",
      recipientExternalId: "6783475981684362",
    });
    expect(seen).toEqual([
      {
        url: "https://graph.example.test/v25.0/me/messages",
        method: "POST",
        headers: expect.any(Headers),
        body: request,
      },
    ]);
    expect(seen[0]?.headers.get("authorization")).toBe("Bearer EAAPage-token");
    expect(seen[0]?.headers.get("content-type")).toBe("application/json");
  });

  it("accepts a private reply's answer without recipient id", async () => {
    answer = json(200, { message_id: "m_PRIVATE" });
    expect(await sendMessengerRequest(deps, account, request)).toEqual({ providerMessageId: "m_PRIVATE" });
  });

  it("maps a closed window to a final ChannelError", async () => {
    answer = json(400, {
      error: {
        message: "(#10) This message is sent outside of allowed window.",
        type: "OAuthException",
        code: 10,
        error_subcode: 2018278,
      },
    });
    const error = await rejection(sendMessengerRequest(deps, account, request));
    expect(error).toMatchObject({ retryable: false, platformCode: 10, code: "channel_window_closed" });
  });

  it("maps a rate limit to a retry after a minute", async () => {
    answer = json(400, {
      error: { message: "(#613) Calls to this api have exceeded the rate limit.", code: 613 },
    });
    expect(await rejection(sendMessengerRequest(deps, account, request))).toMatchObject({
      retryable: true,
      retryAfterMs: 60_000,
    });
  });

  it("does not retry a 200 it cannot read, and retries when the network fails", async () => {
    answer = json(200, { recipient_id: "1" });
    expect(await rejection(sendMessengerRequest(deps, account, request))).toMatchObject({
      retryable: false,
      code: "channel_bad_response",
    });
    answer = () => {
      throw new TypeError("fetch failed");
    };
    expect(await rejection(sendMessengerRequest(deps, account, request))).toMatchObject({
      retryable: true,
      code: "channel_unavailable",
    });
  });
});

describe("sendSenderAction", () => {
  it("POSTs a sender action without a message", async () => {
    answer = json(200, { recipient_id: "6783475981684362" });
    await sendSenderAction(deps, account, "6783475981684362", "typing_on");
    await sendSenderAction(deps, account, "6783475981684362", "mark_seen");
    expect(seen.map((s) => [s.url, s.body])).toEqual([
      [
        "https://graph.example.test/v25.0/me/messages",
        { recipient: { id: "6783475981684362" }, sender_action: "typing_on" },
      ],
      [
        "https://graph.example.test/v25.0/me/messages",
        { recipient: { id: "6783475981684362" }, sender_action: "mark_seen" },
      ],
    ]);
  });

  it("maps a failure with the platform's name", async () => {
    answer = json(400, {
      error: { message: "(#551) This person isn't available right now.", code: 551, error_subcode: 1545041 },
    });
    const error = await rejection(sendSenderAction(deps, account, "1", "typing_on", "Instagram"));
    expect(error).toMatchObject({ code: "channel_recipient_unavailable" });
    expect(error.message).toMatch(/^Instagram error 551\/1545041/);
  });
});
