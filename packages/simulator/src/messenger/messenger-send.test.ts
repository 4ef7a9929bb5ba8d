import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { type ChannelRig, startChannelRig, TEST_PAGE } from "../testing/channel-rigs.js";
import type { ReceivedWebhook } from "../testing/webhook-receiver.js";

type Entry = { id: string; time: number; messaging?: Record<string, unknown>[] };
type Envelope = { object: string; entry: Entry[] };

const PAGE = TEST_PAGE.id;
const DAY = 24 * 60 * 60 * 1000;

function events(received: ReceivedWebhook[], key: string): Record<string, unknown>[] {
  return received
    .map((webhook) => webhook.body as Envelope)
    .filter((body) => body.object === "page")
    .flatMap((body) => body.entry.flatMap((entry) => entry.messaging ?? []))
    .filter((event) => key in event);
}

function signedBy(webhook: ReceivedWebhook, secret: string): boolean {
  const expected = `sha256=${createHmac("sha256", secret).update(webhook.raw).digest("hex")}`;
  return webhook.headers["x-hub-signature-256"] === expected;
}

async function send(
  rig: ChannelRig,
  body: unknown,
  path = "/v25.0/me/messages",
  token: string = TEST_PAGE.accessToken,
) {
  return rig.call("POST", path, body, token);
}

function text(psid: string, value: string, extra: Record<string, unknown> = {}) {
  return { recipient: { id: psid }, messaging_type: "RESPONSE", message: { text: value }, ...extra };
}

describe("Messenger Send API and webhooks", () => {
  let rig: ChannelRig;
  let clock: number;
  afterEach(async () => rig.close());

  async function start(settings: Record<string, unknown> = {}): Promise<string> {
    clock = Date.now();
    rig = await startChannelRig({
      now: () => clock,
      settings: { deliveredDelayMs: 20, readDelayMs: 40, ...settings },
    });
    return rig.addPerson(PAGE, "Ana Lima");
  }

  async function personWrites(psid: string, message: Record<string, unknown>) {
    return rig.call("POST", `/_sim/api/meta/accounts/${PAGE}/users/${psid}/send`, { message });
  }

  it("posts the person's message signed with the app secret, in Meta's page envelope", async () => {
    const psid = await start();
    expect(rig.registered.page).toMatchObject({
      handshake: "ok",
      account: { id: PAGE, platform: "messenger" },
    });
    const answer = await personWrites(psid, { type: "text", text: "Hi 👋" });
    expect(answer.body).toMatchObject({
      mid: expect.stringMatching(/^m_/),
      webhook: { status: 200, ok: true },
    });
    const webhook = rig.receiver.received.at(-1);
    expect(webhook && signedBy(webhook, TEST_PAGE.appSecret)).toBe(true);
    expect(webhook && signedBy(webhook, "another-secret")).toBe(false);
    expect(webhook?.body).toEqual({
      object: "page",
      entry: [
        {
          id: PAGE,
          time: clock,
          messaging: [
            {
              sender: { id: psid },
              recipient: { id: PAGE },
              timestamp: clock,
              message: { mid: (answer.body as { mid: string }).mid, text: "Hi 👋" },
            },
          ],
        },
      ],
    });
  });

  it("answers inside the window with recipient_id and an m_ id, then echoes, delivers and reads", async () => {
    const psid = await start();
    await personWrites(psid, { type: "text", text: "Hi" });
    const sent = await send(
      rig,
      text(psid, "Hello Ana", { message: { text: "Hello Ana", metadata: "bot:1" } }),
    );
    expect(sent.status).toBe(200);
    const { message_id: mid, recipient_id } = sent.body as { message_id: string; recipient_id: string };
    expect(recipient_id).toBe(psid);
    expect(mid).toMatch(/^m_[\w-]{20,}/);
    const received = await rig.receiver.waitFor((all) => events(all, "read").length > 0);
    expect(events(received, "message").map((e) => e.message)).toContainEqual({
      mid,
      is_echo: true,
      app_id: Number(TEST_PAGE.appId),
      metadata: "bot:1",
      text: "Hello Ana",
    });
    const echo = events(received, "message").find((e) => (e.message as { is_echo?: boolean }).is_echo);
    expect(echo).toMatchObject({ sender: { id: PAGE }, recipient: { id: psid } });
    expect(events(received, "delivery")[0]).toMatchObject({
      sender: { id: psid },
      recipient: { id: PAGE },
      delivery: { mids: [mid], watermark: clock },
    });
    expect(events(received, "read")[0]).toMatchObject({ read: { watermark: clock } });
    const chat = await rig.call("GET", `/_sim/api/meta/chats/${PAGE}/${psid}`);
    expect(
      (chat.body as { items: { id: string; status: string }[] }).items.map((i) => [i.id, i.status]),
    ).toEqual([
      [expect.stringMatching(/^m_/), "delivered"],
      [mid, "read"],
    ]);
  });

  it("refuses RESPONSE after 24 hours with 10/2018278 but takes HUMAN_AGENT for 7 days", async () => {
    const psid = await start();
    const never = await send(rig, text(psid, "Hello"));
    expect(never.body).toMatchObject({ error: { code: 10, error_subcode: 2018278, type: "OAuthException" } });
    await personWrites(psid, { type: "text", text: "Hi" });
    clock += DAY + 1000;
    const late = await send(rig, text(psid, "Still there?"));
    expect(late.status).toBe(400);
    expect(late.body).toMatchObject({
      error: {
        message: expect.stringContaining("(#10) This message is sent outside of allowed window"),
        code: 10,
        error_subcode: 2018278,
        fbtrace_id: expect.any(String),
      },
    });
    const update = await send(rig, text(psid, "Update", { messaging_type: "UPDATE" }));
    expect(update.body).toMatchObject({ error: { code: 10, error_subcode: 2018278 } });
    clock += 5 * DAY;
    const human = await send(
      rig,
      text(psid, "An agent here", { messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" }),
    );
    expect(human.status).toBe(200);
    clock += 2 * DAY;
    const tooLate = await send(
      rig,
      text(psid, "Hello?", { messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" }),
    );
    expect(tooLate.body).toMatchObject({ error: { code: 10, error_subcode: 2018278 } });
  });

  it("refuses retired tags with error 100, and tags without MESSAGE_TAG", async () => {
    const psid = await start();
    await personWrites(psid, { type: "text", text: "Hi" });
    for (const tag of [
      "ACCOUNT_UPDATE",
      "CONFIRMED_EVENT_UPDATE",
      "POST_PURCHASE_UPDATE",
      "SHIPPING_UPDATE",
    ]) {
      const answer = await send(rig, text(psid, "Your order", { messaging_type: "MESSAGE_TAG", tag }));
      expect(answer.body).toMatchObject({
        error: {
          code: 100,
          message: "(#100) Invalid parameter",
          error_user_msg: expect.stringContaining(tag),
        },
      });
    }
    const untyped = await send(rig, text(psid, "x", { tag: "HUMAN_AGENT" }));
    expect(untyped.body).toMatchObject({
      error: { code: 100, message: "(#100) Messaging type should be MESSAGE_TAG for tagged messages." },
    });
    const missing = await send(rig, { recipient: { id: psid }, message: { text: "x" } });
    expect(missing.body).toMatchObject({
      error: { code: 100, message: "(#100) The parameter messaging_type is required" },
    });
  });

  it("checks the token and the recipient, on /me and on the page id", async () => {
    const psid = await start();
    await personWrites(psid, { type: "text", text: "Hi" });
    const byId = await send(rig, text(psid, "Hi"), `/v25.0/${PAGE}/messages`);
    expect(byId.status).toBe(200);
    const foreign = await send(rig, text(psid, "Hi"), `/v25.0/${PAGE}/messages`, "EAAtest-token-123");
    expect(foreign.body).toMatchObject({ error: { code: 100, error_subcode: 33 } });
    const unknown = await send(rig, text(psid, "Hi"), "/v25.0/me/messages", "nope");
    expect(unknown.status).toBe(401);
    expect(unknown.body).toMatchObject({ error: { code: 190 } });
    const stranger = await send(rig, text("1234567890123456", "Hi"));
    expect(stranger.body).toMatchObject({
      error: { code: 100, error_subcode: 2018001, message: "(#100) No matching user found" },
    });
  });

  it("reports every broken limit with Meta's bracketed paths", async () => {
    const psid = await start();
    await personWrites(psid, { type: "text", text: "Hi" });
    const answer = await send(rig, {
      recipient: { id: psid },
      messaging_type: "RESPONSE",
      message: {
        text: "x".repeat(2001),
        quick_replies: Array.from({ length: 14 }, (_, i) => ({
          content_type: "text",
          title: `Option ${i}`,
          payload: `o${i}`,
        })),
      },
    });
    expect(answer.status).toBe(400);
    const error = (answer.body as { error: { code: number; message: string; error_user_msg: string } }).error;
    expect(error.code).toBe(100);
    expect(error.message).toBe(
      "(#100) Length of param message[text] must be less than or equal to 2000 (it is 2001)",
    );
    expect(error.error_user_msg).toContain(
      "(#105) param message[quick_replies] has too many elements (14, at most 13)",
    );
  });

  it("runs sender actions: typing shows, mark_seen reads the person's messages", async () => {
    const psid = await start();
    await personWrites(psid, { type: "text", text: "Hi" });
    const typing = await send(rig, { recipient: { id: psid }, sender_action: "typing_on" });
    expect(typing.body).toEqual({ recipient_id: psid });
    const seen = await send(rig, { recipient: { id: psid }, sender_action: "mark_seen" });
    expect(seen.status).toBe(200);
    const chat = await rig.call("GET", `/_sim/api/meta/chats/${PAGE}/${psid}`);
    expect((chat.body as { items: { status: string }[] }).items[0]?.status).toBe("read");
    const both = await send(rig, {
      recipient: { id: psid },
      sender_action: "typing_on",
      message: { text: "x" },
    });
    expect(both.body).toMatchObject({ error: { code: 100 } });
  });

  it("turns taps into quick reply messages and postbacks", async () => {
    const psid = await start();
    const quick = await personWrites(psid, { type: "quick_reply", title: "Red", payload: "COLOR_RED" });
    const postback = await personWrites(psid, { type: "postback", title: "Buy", payload: "BUY_1" });
    const received = rig.receiver.received;
    expect(events(received, "message").at(-1)?.message).toEqual({
      mid: (quick.body as { mid: string }).mid,
      text: "Red",
      quick_reply: { payload: "COLOR_RED" },
    });
    expect(events(received, "postback").at(-1)?.postback).toEqual({
      mid: (postback.body as { mid: string }).mid,
      title: "Buy",
      payload: "BUY_1",
    });
  });

  it("sends Get Started with the m.me ref on a new thread and messaging_referrals on an existing one", async () => {
    const psid = await start();
    const noButton = await personWrites(psid, { type: "get_started", ref: "spring-sale" });
    expect(noButton.status).toBe(409);
    const early = await personWrites(psid, { type: "referral", ref: "spring-sale" });
    expect(early.status).toBe(409);
    const profile = await rig.call(
      "POST",
      "/v25.0/me/messenger_profile",
      { get_started: { payload: "GET_STARTED" } },
      TEST_PAGE.accessToken,
    );
    expect(profile.body).toEqual({ result: "success" });
    await personWrites(psid, { type: "get_started", ref: "spring-sale" });
    expect(events(rig.receiver.received, "postback").at(-1)?.postback).toMatchObject({
      title: "Get Started",
      payload: "GET_STARTED",
      referral: { ref: "spring-sale", source: "SHORTLINK", type: "OPEN_THREAD" },
    });
    clock += 2 * DAY;
    await personWrites(psid, { type: "referral", ref: "autumn" });
    expect(events(rig.receiver.received, "referral").at(-1)).toMatchObject({
      sender: { id: psid },
      referral: { ref: "autumn", source: "SHORTLINK", type: "OPEN_THREAD" },
    });
    // The referral opened the window again.
    expect((await send(rig, text(psid, "Welcome back"))).status).toBe(200);
  });
});
