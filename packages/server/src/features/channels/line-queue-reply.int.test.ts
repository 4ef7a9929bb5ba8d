/**
 * LINE queue replies: when the customer's message reaches the queue and nothing else answered it, the
 * offline reply is the turn's first answer and uses the event's reply token; later answers push.
 */
import { afterEach, describe, expect, it } from "vitest";
import { connectLineChannel } from "../../testing/test-channels.js";
import type { ConnectedChannel } from "../../testing/test-channels.js";
import { conversationOf } from "../../testing/conversation-probes.js";
import { testBot } from "../../testing/test-bots.js";
import { testDialects } from "../../testing/test-databases.js";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { importBot, sentToCustomer } from "./channel-test-support.js";

const OFFLINE = "We are closed now; a person will answer when we open.";

/** Says one thing, then hands the conversation to a person. */
/** Says one line, then hands over to people. */
const handOverBot = testBot("Hand-over", {
  id: "welcome",
  name: "Welcome",
  kind: "welcome",
  nodes: [
    { kind: "send", message: { kind: "text", text: "Let me find a person for you." } },
    { kind: "go_to", module: "human" },
  ],
});

interface StoredOutbound {
  text: string | undefined;
  replyToken: unknown;
  status: string;
}

/** The conversation's outbound messages as stored, oldest first, once `count` of them were sent. */
async function storedOutbound(t: TestSwitchboard, userId: string, count: number): Promise<StoredOutbound[]> {
  return eventually(async () => {
    const conversationId = await conversationOf(t, userId);
    if (conversationId === undefined) return undefined;
    const rows = await t.switchboard.database.db
      .selectFrom("messages")
      .select(["content", "native_payload", "status", "provider_message_id"])
      .where("conversation_id", "=", conversationId)
      .where("direction", "=", "outbound")
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    if (rows.length < count || rows.some((row) => row.provider_message_id === null)) return undefined;
    return rows.map((row) => {
      const content = JSON.parse(row.content) as { text?: string };
      const payload = JSON.parse(row.native_payload ?? "{}") as { replyToken?: unknown };
      return { text: content.text, replyToken: payload.replyToken, status: row.status };
    });
  }, `${count} sent messages to ${userId}`);
}

/** Replies with `replyToken` straight at the simulator: 200 while LINE still holds it unused, else 400. */
async function replyWith(t: TestSwitchboard, line: ConnectedChannel, replyToken: string): Promise<number> {
  const response = await fetch(`${t.simulatorUrl}/line/v2/bot/message/reply`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${line.secrets.accessToken}` },
    body: JSON.stringify({ replyToken, messages: [{ type: "text", text: "check" }] }),
  });
  return response.status;
}

describe.each(testDialects)("LINE queue replies (%s)", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  /** A LINE channel whose own queue replies are closed all week, with the offline reply. */
  async function start(): Promise<{ t: TestSwitchboard; line: ConnectedChannel }> {
    t = await startTestSwitchboard(dialect);
    const line = await connectLineChannel(t);
    const replies = await t.api("PATCH", `/api/v1/channel-accounts/${line.channelAccountId}/queue-replies`, {
      timeZone: "Asia/Taipei",
      offlineReply: OFFLINE,
    });
    expect(replies.status, JSON.stringify(replies.json)).toBe(200);
    return { t, line };
  }

  it("replies with the token when the offline reply is the turn's first answer, and pushes a later reply", async () => {
    const { t, line } = await start();
    const userId = "U6666666666666666666666666666ffff";
    const first = await line.personActs(userId, { type: "text", text: "Is anyone there?" });
    const [offline] = await storedOutbound(t, userId, 1);
    expect(offline?.text).toBe(OFFLINE);
    expect(offline?.replyToken).toMatchObject({ token: String(first.replyToken) });
    expect(offline?.status).not.toBe("failed");
    const [arrived] = await sentToCustomer(line, userId, 1, "the offline reply");
    expect(arrived?.payload.text).toBe(OFFLINE);
    // LINE took the token with the reply API: it is spent now.
    expect(await replyWith(t, line, String(first.replyToken))).toBe(400);

    // A later turn: the customer writes again (the stay already had its reply), a person answers.
    const second = await line.personActs(userId, { type: "text", text: "Hello?" });
    const conversationId = await conversationOf(t, userId);
    const answer = await t.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: { kind: "text", text: "Hi, I am here now." },
    });
    expect(answer.status, JSON.stringify(answer.json)).toBe(201);
    const [, agent] = await storedOutbound(t, userId, 2);
    expect(agent?.text).toBe("Hi, I am here now.");
    expect(agent?.replyToken).toBeUndefined();
    const out = await sentToCustomer(line, userId, 2, "the person's answer");
    expect(out.map((item) => item.payload.text)).toEqual([OFFLINE, "Hi, I am here now."]);
    // The answer was pushed: the second event's token is still unused.
    expect(await replyWith(t, line, String(second.replyToken))).toBe(200);
  });

  it("pushes the offline reply when the bot's answer took the token in the same turn", async () => {
    const { t, line } = await start();
    await line.publish(await importBot(t, handOverBot));
    const userId = "U7777777777777777777777777777aaaa";
    const sent = await line.personActs(userId, { type: "text", text: "hi" });
    const [bot, offline] = await storedOutbound(t, userId, 2);
    expect(bot?.text).toBe("Let me find a person for you.");
    expect(bot?.replyToken).toMatchObject({ token: String(sent.replyToken) });
    expect(offline?.text).toBe(OFFLINE);
    expect(offline?.replyToken).toBeUndefined();
    const out = await sentToCustomer(line, userId, 2, "the bot's answer and the offline reply");
    expect(out.map((item) => item.payload.text).sort()).toEqual(
      ["Let me find a person for you.", OFFLINE].sort(),
    );
    expect(await replyWith(t, line, String(sent.replyToken))).toBe(400);
  });
});
