/** The LINE driver's choice between a reply and a push, against a recorded fake LINE API. */
import { describe, expect, it } from "vitest";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import { createLineDriver } from "./line-driver.js";

const NOW = 1_800_000_000_000;
const USER = "U6666666666666666666666666666ffff";
const OWN_ID = "0190f4a2-7b1c-7d3e-8f4a-123456789abc";

const account: ChannelAccountWithSecrets = {
  id: "acc-1",
  channel: "line",
  name: "Shop",
  externalId: "U0123456789abcdef0123456789abcdef",
  settings: {},
  createdAt: NOW,
  updatedAt: NOW,
  secrets: { accessToken: "token", appSecret: "secret", verifyToken: "" },
};

type Answer = { status: number; body: unknown } | "network error";

/** A fake LINE API answering each call with the next answer; the paths and retry keys it was called with. */
function fakeLine(answers: Answer[]) {
  const calls: { path: string; retryKey: string | null }[] = [];
  const driver = createLineDriver({
    apiUrl: "https://api.line.test",
    dataApiUrl: "https://data.line.test",
    now: () => NOW,
    fetch: async (input, init) => {
      const headers = new Headers(init?.headers);
      calls.push({ path: new URL(input).pathname, retryKey: headers.get("x-line-retry-key") });
      const answer = answers.shift();
      if (answer === undefined) throw new Error("no answer left");
      if (answer === "network error") throw new TypeError("fetch failed");
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { "content-type": "application/json" },
      });
    },
  });
  return { driver, calls };
}

const sent = { status: 200, body: { sentMessages: [{ id: "500000000000001", quoteToken: "q" }] } };
const invalidToken = { status: 400, body: { message: "Invalid reply token" } };

function payloadWith(issuedAt: number | undefined) {
  const messages = [{ type: "text", text: "Hello" }];
  if (issuedAt === undefined) return { messages };
  const { driver } = fakeLine([]);
  return driver.withReplyContext?.({ messages }, { token: "reply-1", issuedAt }) ?? { messages };
}

describe("LINE driver send", () => {
  it("replies with a fresh token on the first attempt", async () => {
    const { driver, calls } = fakeLine([sent]);
    const receipt = await driver.send(account, USER, payloadWith(NOW - 1000), { ownId: OWN_ID, attempt: 1 });
    expect(calls).toEqual([{ path: "/v2/bot/message/reply", retryKey: null }]);
    expect(receipt.providerMessageId).toBe("500000000000001");
  });

  it("pushes with the retry key when LINE refuses the token, in the same attempt", async () => {
    const { driver, calls } = fakeLine([invalidToken, sent]);
    await driver.send(account, USER, payloadWith(NOW - 1000), { ownId: OWN_ID, attempt: 1 });
    expect(calls.map((c) => c.path)).toEqual(["/v2/bot/message/reply", "/v2/bot/message/push"]);
    expect(calls[1]?.retryKey).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("does not push after a network error during the reply, and pushes on the retry", async () => {
    const { driver, calls } = fakeLine(["network error", sent]);
    const payload = payloadWith(NOW - 1000);
    await expect(driver.send(account, USER, payload, { ownId: OWN_ID, attempt: 1 })).rejects.toThrow();
    expect(calls.map((c) => c.path)).toEqual(["/v2/bot/message/reply"]);
    await driver.send(account, USER, payload, { ownId: OWN_ID, attempt: 2 });
    expect(calls.map((c) => c.path)).toEqual(["/v2/bot/message/reply", "/v2/bot/message/push"]);
  });

  it("pushes when the token is too old or absent", async () => {
    const { driver, calls } = fakeLine([sent, sent]);
    await driver.send(account, USER, payloadWith(NOW - 120_000), { ownId: OWN_ID, attempt: 1 });
    await driver.send(account, USER, payloadWith(undefined), { ownId: OWN_ID, attempt: 1 });
    expect(calls.map((c) => c.path)).toEqual(["/v2/bot/message/push", "/v2/bot/message/push"]);
  });

  it("reads the reply token an inbound LINE event carries", () => {
    const { driver } = fakeLine([]);
    const event = {
      type: "other" as const,
      channel: "line" as const,
      accountExternalId: account.externalId,
      field: "follow",
      line: { replyToken: { token: "reply-2", issuedAt: NOW } },
      raw: {},
    };
    expect(driver.replyContextOf?.(event)).toEqual({ token: "reply-2", issuedAt: NOW });
    const { line: _line, ...withoutToken } = event;
    expect(driver.replyContextOf?.(withoutToken)).toBeUndefined();
  });
});
