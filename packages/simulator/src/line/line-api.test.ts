import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { type ChannelRig, startChannelRig, TEST_LINE } from "../testing/channel-rigs.js";
import type { ReceivedWebhook } from "../testing/webhook-receiver.js";

type LineBody = { destination: string; events: Record<string, unknown>[] };

const CHANNEL = TEST_LINE.channelId;
const RETRY_KEY = "123e4567-e89b-42d3-a456-426614174000";

function lineWebhooks(received: ReceivedWebhook[]): ReceivedWebhook[] {
  return received.filter((webhook) => "x-line-signature" in webhook.headers);
}

function lineEvents(received: ReceivedWebhook[]): Record<string, unknown>[] {
  return lineWebhooks(received).flatMap((webhook) => (webhook.body as LineBody).events);
}

function signedBy(webhook: ReceivedWebhook, secret: string): boolean {
  return (
    webhook.headers["x-line-signature"] === createHmac("sha256", secret).update(webhook.raw).digest("base64")
  );
}

describe("LINE Messaging API look-alike", () => {
  let rig: ChannelRig;
  let clock: number;
  afterEach(async () => rig.close());

  async function start(settings: Record<string, unknown> = {}): Promise<string> {
    clock = Date.now();
    rig = await startChannelRig({ now: () => clock, settings });
    return rig.addLineUser("Chen Mei");
  }

  const act = (userId: string, message: Record<string, unknown>) =>
    rig.call("POST", `/_sim/api/line/channels/${CHANNEL}/users/${userId}/send`, { message });

  /** Calls the LINE API with the channel token; returns status, body and headers. */
  async function line(
    path: string,
    body: unknown,
    headers: Record<string, string> = {},
    token: string = TEST_LINE.channelAccessToken,
  ) {
    const response = await fetch(`${rig.baseUrl}${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown>,
      headers: response.headers,
    };
  }

  const hello = [{ type: "text", text: "Welcome!" }];

  it("checks the webhook on registration with an empty events list, signed with the channel secret", async () => {
    await start();
    expect(rig.registered.line).toMatchObject({
      webhook: { status: 200, ok: true },
      channel: { channelId: CHANNEL },
    });
    const [check] = lineWebhooks(rig.receiver.received);
    expect(check?.body).toEqual({ destination: TEST_LINE.botUserId, events: [] });
    expect(check && signedBy(check, TEST_LINE.channelSecret)).toBe(true);
    expect(check?.headers["user-agent"]).toBe("LineBotWebhook/2.0");
  });

  it("sends follow with a reply token; the token answers once, within a minute", async () => {
    const userId = await start();
    const follow = await act(userId, { type: "follow" });
    const { replyToken, webhookEventId } = follow.body as { replyToken: string; webhookEventId: string };
    const event = lineEvents(rig.receiver.received).at(-1);
    expect(event).toEqual({
      type: "follow",
      timestamp: clock,
      source: { type: "user", userId },
      webhookEventId,
      deliveryContext: { isRedelivery: false },
      mode: "active",
      replyToken,
      follow: { isUnblocked: false },
    });
    expect(webhookEventId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    const first = await line("/line/v2/bot/message/reply", { replyToken, messages: hello });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      sentMessages: [{ id: expect.stringMatching(/^\d{18}$/), quoteToken: expect.any(String) }],
    });
    expect(first.headers.get("x-line-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const again = await line("/line/v2/bot/message/reply", { replyToken, messages: hello });
    expect(again).toMatchObject({ status: 400, body: { message: "Invalid reply token" } });

    const text = await act(userId, { type: "text", text: "Hi" });
    clock += 61_000;
    const late = await line("/line/v2/bot/message/reply", {
      replyToken: (text.body as { replyToken: string }).replyToken,
      messages: hello,
    });
    expect(late).toMatchObject({ status: 400, body: { message: "Invalid reply token" } });
  });

  it("does not send a push twice for the same X-Line-Retry-Key: 409 with the accepted request id", async () => {
    const userId = await start();
    await act(userId, { type: "follow" });
    const first = await line(
      "/line/v2/bot/message/push",
      { to: userId, messages: hello },
      { "x-line-retry-key": RETRY_KEY },
    );
    expect(first.status).toBe(200);
    const again = await line(
      "/line/v2/bot/message/push",
      { to: userId, messages: hello },
      { "x-line-retry-key": RETRY_KEY },
    );
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      message: "The retry key is already accepted",
      sentMessages: first.body.sentMessages,
    });
    expect(again.headers.get("x-line-accepted-request-id")).toBe(first.headers.get("x-line-request-id"));
    const chat = await rig.call("GET", `/_sim/api/line/chats/${CHANNEL}/${userId}`);
    expect(
      (chat.body as { items: { direction: string }[] }).items.filter((i) => i.direction === "out"),
    ).toHaveLength(1);
    const badKey = await line(
      "/line/v2/bot/message/push",
      { to: userId, messages: hello },
      { "x-line-retry-key": "not-a-uuid" },
    );
    expect(badKey.status).toBe(400);
    const unknown = await line("/line/v2/bot/message/push", { to: `U${"0".repeat(32)}`, messages: hello });
    expect(unknown.body).toEqual({
      message: "The property, 'to', in the request body is invalid (line: -, column: -)",
    });
  });

  it("answers LINE's errors: 401 for a bad token, details with properties for bad messages", async () => {
    const userId = await start();
    const noToken = await fetch(`${rig.baseUrl}/line/v2/bot/message/push`, {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(noToken.status).toBe(401);
    const bad = await line("/line/v2/bot/message/push", { to: userId, messages: hello }, {}, "wrong");
    expect(bad).toMatchObject({
      status: 401,
      body: { message: expect.stringContaining("Authentication failed") },
    });
    const six = await line("/line/v2/bot/message/push", {
      to: userId,
      messages: Array.from({ length: 6 }, () => hello[0]),
    });
    expect(six.body).toEqual({
      message: "The request body has 1 error(s)",
      details: [{ message: "Size must be between 1 and 5", property: "messages" }],
    });
    const broken = await line("/line/v2/bot/message/push", {
      to: userId,
      messages: [
        { type: "text", text: "" },
        { type: "txt", text: "a" },
      ],
    });
    expect(broken.body).toEqual({
      message: "The request body has 2 error(s)",
      details: [
        { message: "May not be empty", property: "messages[0].text" },
        {
          message: expect.stringContaining("Must be one of the following values: [text, sticker"),
          property: "messages[1].type",
        },
      ],
    });
    expect((await line("/line/v2/bot/message/validate/push", { messages: hello })).body).toEqual({});
  });

  it("marks redeliveries: same webhookEventId, isRedelivery true, signed again", async () => {
    const userId = await start({ webhookRetryDelaysMs: [30] });
    rig.receiver.respondWith(500);
    await act(userId, { type: "postback", data: "action=buy&id=1", displayText: "Buy" });
    rig.receiver.respondWith(200);
    const received = await rig.receiver.waitFor(
      (all) => lineEvents(all).filter((e) => e.type === "postback").length === 2,
    );
    const attempts = lineWebhooks(received).filter(
      (w) => (w.body as LineBody).events[0]?.type === "postback",
    );
    const [first, second] = attempts.map((w) => (w.body as LineBody).events[0]);
    expect(first).toMatchObject({
      deliveryContext: { isRedelivery: false },
      postback: { data: "action=buy&id=1" },
    });
    expect(second).toMatchObject({
      deliveryContext: { isRedelivery: true },
      webhookEventId: first?.webhookEventId,
    });
    expect(attempts.every((w) => signedBy(w, TEST_LINE.channelSecret))).toBe(true);
  });

  it("serves the content of a user's image on the data host and follows friendship", async () => {
    const userId = await start();
    const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
    await act(userId, { type: "follow" });
    const sent = await act(userId, {
      type: "image",
      mimeType: "image/png",
      dataBase64: bytes.toString("base64"),
    });
    const { messageId } = sent.body as { messageId: string };
    expect(lineEvents(rig.receiver.received).at(-1)).toMatchObject({
      type: "message",
      message: { id: messageId, type: "image", contentProvider: { type: "line" } },
    });
    const content = await fetch(`${rig.baseUrl}/line-data/v2/bot/message/${messageId}/content`, {
      headers: { authorization: `Bearer ${TEST_LINE.channelAccessToken}` },
    });
    expect(content.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await content.arrayBuffer())).toEqual(bytes);
    const missing = await fetch(`${rig.baseUrl}/line-data/v2/bot/message/1/content`, {
      headers: { authorization: `Bearer ${TEST_LINE.channelAccessToken}` },
    });
    expect(missing.status).toBe(404);

    const profile = () =>
      fetch(`${rig.baseUrl}/line/v2/bot/profile/${userId}`, {
        headers: { authorization: `Bearer ${TEST_LINE.channelAccessToken}` },
      });
    expect(await (await profile()).json()).toEqual({ displayName: "Chen Mei", userId, language: "en" });
    await act(userId, { type: "unfollow" });
    expect(lineEvents(rig.receiver.received).at(-1)).not.toHaveProperty("replyToken");
    expect((await profile()).status).toBe(404);
    const push = await line("/line/v2/bot/message/push", { to: userId, messages: hello });
    expect(push.status).toBe(200);
    const chat = await rig.call("GET", `/_sim/api/line/chats/${CHANNEL}/${userId}`);
    expect((chat.body as { items: { status: string }[] }).items.at(-1)?.status).toBe("failed");
    await act(userId, { type: "follow" });
    expect(lineEvents(rig.receiver.received).at(-1)).toMatchObject({ follow: { isUnblocked: true } });
  });
});
