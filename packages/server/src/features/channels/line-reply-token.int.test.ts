/** LINE answers: the turn's first message replies with the event's fresh reply token, the rest push. */
import { afterEach, describe, expect, it } from "vitest";
import type { SimulatorSettings } from "@switchboard/simulator";
import { connectLineChannel } from "../../testing/test-channels.js";
import { testBot, welcomeSays } from "../../testing/test-bots.js";
import type { ChatItem, ConnectedChannel } from "../../testing/test-channels.js";
import { testDialects } from "../../testing/test-databases.js";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { importBot, sentToCustomer } from "./channel-test-support.js";

const twoMessageBot = testBot("Greeter", welcomeSays("Hello from the shop!", "How can we help today?"));

/** The bot's messages to `userId` in the simulator's chat, once `count` of them are there. */

/** The stored payloads of the bot's messages, oldest first, once each was sent. */
async function storedPayloads(t: TestSwitchboard, count: number): Promise<Record<string, unknown>[]> {
  return eventually(async () => {
    const rows = await t.switchboard.database.db
      .selectFrom("messages")
      .select(["native_payload", "status", "provider_message_id"])
      .where("direction", "=", "outbound")
      .orderBy("created_at")
      .orderBy("id")
      .execute();
    const sent = rows.filter((row) => row.provider_message_id !== null);
    if (rows.length < count || sent.length < rows.length) return undefined;
    return rows.map((row) => {
      const parsed: unknown = JSON.parse(row.native_payload ?? "null");
      if (typeof parsed !== "object" || parsed === null) throw new Error("no stored payload");
      return { ...parsed, status: row.status };
    });
  }, `${count} sent bot messages`);
}

/** Replies once more with `replyToken` straight at the simulator: its HTTP status. */
async function replyAgain(t: TestSwitchboard, line: ConnectedChannel, replyToken: string): Promise<number> {
  const response = await fetch(`${t.simulatorUrl}/line/v2/bot/message/reply`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${line.secrets.accessToken}` },
    body: JSON.stringify({ replyToken, messages: [{ type: "text", text: "again" }] }),
  });
  return response.status;
}

function textsOf(items: ChatItem[]): string[] {
  return items.map((item) => String(item.payload.text));
}

describe.each(testDialects)("LINE reply tokens (%s)", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function start(
    settings: Partial<SimulatorSettings> = {},
  ): Promise<{ t: TestSwitchboard; line: ConnectedChannel }> {
    t = await startTestSwitchboard(dialect, settings);
    const line = await connectLineChannel(t);
    await line.publish(await importBot(t, twoMessageBot));
    return { t, line };
  }

  it("answers with the fresh reply token first, pushes the turn's second message, each once", async () => {
    const { t, line } = await start();
    const userId = "U4444444444444444444444444444dddd";
    const sent = await line.personActs(userId, { type: "text", text: "hi" });
    const replyToken = String(sent.replyToken);
    const [first, second] = await storedPayloads(t, 2);
    expect(first?.replyToken).toMatchObject({ token: replyToken });
    expect(second?.replyToken).toBeUndefined();
    expect([first?.status, second?.status]).not.toContain("failed");
    const out = await sentToCustomer(line, userId, 2);
    expect(out).toHaveLength(2);
    expect(textsOf(out).sort()).toEqual(["Hello from the shop!", "How can we help today?"]);
    // The token was spent on the first answer: LINE (the simulator) refuses it now.
    expect(await replyAgain(t, line, replyToken)).toBe(400);
  });

  it("pushes when LINE refuses an expired reply token, and the message still arrives once", async () => {
    const { t, line } = await start({ lineReplyTokenTtlMs: 0 });
    const userId = "U5555555555555555555555555555eeee";
    await line.personActs(userId, { type: "text", text: "hi" });
    const [first] = await storedPayloads(t, 2);
    expect(first?.replyToken).toBeDefined();
    expect(first?.status).not.toBe("failed");
    const out = await sentToCustomer(line, userId, 2);
    expect(textsOf(out).filter((text) => text === "Hello from the shop!")).toHaveLength(1);
  });
});
