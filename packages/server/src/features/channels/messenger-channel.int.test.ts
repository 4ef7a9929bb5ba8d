import { afterEach, describe, expect, it } from "vitest";
import { connectMessengerPage } from "../../testing/test-channels.js";
import { sendsText, testBot, welcomeChoice } from "../../testing/test-bots.js";
import type { ChatItem, ConnectedChannel } from "../../testing/test-channels.js";
import { testDialects } from "../../testing/test-databases.js";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { importBot, sentToCustomer } from "./channel-test-support.js";
import {
  contactTagsOf,
  conversationOf,
  messagesOf,
  processedAll,
} from "../../testing/conversation-probes.js";

const salonBot = testBot(
  "Salon",
  welcomeChoice("Hello! What would you like to do?", [
    { id: "book", title: "Book a visit", goTo: "book" },
    { id: "prices", title: "See prices", goTo: "prices" },
    { id: "human", title: "Talk to us", goTo: "human" },
  ]),
  sendsText("book", "Book", "Which day suits you?"),
  sendsText("prices", "Prices", "A cut is 800 NTD."),
  sendsText("autumn", "Autumn offer", "Autumn offer: 20% off."),
);

/** The page's messages to `psid` in the simulator, once `count` of them are there. */

function messageOf(item: ChatItem | undefined): Record<string, unknown> {
  const message = item?.payload.message;
  return typeof message === "object" && message !== null ? { ...message } : {};
}

/**
 * The customer `psid` says hi and gets the bot's choices; then their last message is moved `days` back.
 * Their conversation's id.
 */
async function wroteDaysAgo(
  t: TestSwitchboard,
  page: ConnectedChannel,
  psid: string,
  days: number,
): Promise<string | undefined> {
  await page.personActs(psid, { type: "text", text: "hi" });
  await sentToCustomer(page, psid, 1, "the bot's choices");
  await processedAll(t);
  await t.switchboard.database.db
    .updateTable("contacts")
    .set({ last_inbound_at: Date.now() - days * 24 * 60 * 60 * 1000 })
    .where("external_id", "=", psid)
    .execute();
  return conversationOf(t, psid);
}

describe.each(testDialects)("Messenger end to end (%s)", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function start(): Promise<{ t: TestSwitchboard; page: ConnectedChannel }> {
    t = await startTestSwitchboard(dialect);
    const page = await connectMessengerPage(t);
    // The ref link comes first: publishing checks that every module can be reached.
    const created = await t.api("POST", `/api/v1/channel-accounts/${page.channelAccountId}/ref-links`, {
      name: "Autumn poster",
      code: "AUTUMN",
      moduleId: "autumn",
      tags: ["autumn_poster"],
    });
    expect(created.status).toBe(201);
    expect((created.json as { link: { url: string } }).link.url).toBe("https://m.me/testbeauty?ref=AUTUMN");
    await page.publish(await importBot(t, salonBot));
    return { t, page };
  }

  it("answers a customer with the bot's choices, continues on a tap and marks the replies read", async () => {
    const { t, page } = await start();
    const psid = "7100000000000001";
    await page.personActs(psid, { type: "text", text: "hi" });
    const [choices] = await sentToCustomer(page, psid, 1, "the bot's choices");
    expect(choices?.status).not.toBe("failed");
    expect(choices?.payload.messaging_type).toBe("RESPONSE");
    const message = messageOf(choices);
    const stored = (await messagesOf(t, psid)).filter((m) => m.direction === "outbound");
    expect(message.metadata).toBe(stored[0]?.id);
    const quickReplies = Array.isArray(message.quick_replies) ? message.quick_replies : undefined;
    if (quickReplies !== undefined) {
      expect(quickReplies.map((q: { payload: string }) => q.payload)).toEqual(["book", "prices", "human"]);
      await page.personActs(psid, { type: "quick_reply", title: "Book a visit", payload: "book" });
    } else {
      expect(JSON.stringify(message.attachment)).toContain('"payload":"book"');
      await page.personActs(psid, { type: "postback", title: "Book a visit", payload: "book" });
    }
    const sent = await sentToCustomer(page, psid, 2, "the answer to the tap");
    expect(messageOf(sent[1]).text).toBe("Which day suits you?");
    // The simulator reads the messages and sends the read watermark.
    const read = await eventually(async () => {
      const outbound = (await messagesOf(t, psid)).filter((m) => m.direction === "outbound");
      return outbound.length === 2 && outbound.every((m) => m.status === "read") ? outbound : undefined;
    }, "both replies read");
    expect(read.map((m) => m.author)).toEqual(["bot", "bot"]);
    // The page's own messages come back as echoes: kept as events, never as the customer's messages.
    await processedAll(t);
    const inbound = (await messagesOf(t, psid)).filter((m) => m.direction === "inbound");
    expect(inbound.map((m) => m.content.kind)).toEqual(["text", "choice_reply"]);
  });

  it("refuses a webhook with a bad signature with 401 and stores nothing", async () => {
    const { t, page } = await start();
    const body = {
      object: "page",
      entry: [
        {
          id: page.externalId,
          time: Date.now(),
          messaging: [
            {
              sender: { id: "7100000000000002" },
              recipient: { id: page.externalId },
              timestamp: Date.now(),
              message: { mid: "m_forged", text: "hi" },
            },
          ],
        },
      ],
    };
    const forged = await page.postWebhook(body, `sha256=${"0".repeat(64)}`);
    expect(forged.status).toBe(401);
    expect(JSON.stringify(forged.json)).toContain("X-Hub-Signature-256");
    const missing = await page.postWebhook(body, null);
    expect(missing.status).toBe(401);
    const stored = await t.switchboard.database.db.selectFrom("webhook_events").select("id").execute();
    expect(stored).toEqual([]);
    const signed = await page.postWebhook(body);
    expect(signed.status).toBe(200);
    expect(signed.json).toEqual({ ok: true, received: 1, stored: 1 });
  });

  it("opens the ref link's module with its tags when Get Started comes from an m.me link", async () => {
    const { t, page } = await start();
    const psid = "7100000000000003";
    await page.personActs(psid, { type: "get_started", ref: "AUTUMN" });
    const [offer] = await sentToCustomer(page, psid, 1, "the autumn offer");
    expect(messageOf(offer).text).toBe("Autumn offer: 20% off.");
    await processedAll(t);
    const inbound = (await messagesOf(t, psid)).filter((m) => m.direction === "inbound");
    expect(inbound.map((m) => m.content.kind)).toEqual(["welcome_request"]);
    expect(await contactTagsOf(t, psid)).toEqual(["autumn_poster"]);
  });

  it("opens the ref link's module when a customer comes back through an m.me link", async () => {
    const { t, page } = await start();
    const psid = "7100000000000007";
    await page.personActs(psid, { type: "text", text: "hi" });
    await sentToCustomer(page, psid, 1, "the bot's choices");
    await page.personActs(psid, { type: "referral", ref: "AUTUMN" });
    const sent = await sentToCustomer(page, psid, 2, "the autumn offer");
    expect(messageOf(sent[1]).text).toBe("Autumn offer: 20% off.");
    await processedAll(t);
    const inbound = (await messagesOf(t, psid)).filter((m) => m.direction === "inbound");
    expect(inbound.map((m) => m.content.kind)).toEqual(["text", "system"]);
  });

  it("starts the welcome module on a plain Get Started", async () => {
    const { page } = await start();
    const psid = "7100000000000004";
    await page.personActs(psid, { type: "get_started" });
    const [choices] = await sentToCustomer(page, psid, 1, "the welcome choices");
    expect(JSON.stringify(messageOf(choices))).toContain("Book a visit");
  });

  it("sends an agent's text to a customer who wrote 2 days ago with the HUMAN_AGENT tag", async () => {
    const { t, page } = await start();
    const psid = "7100000000000005";
    const conversationId = await wroteDaysAgo(t, page, psid, 2);
    const sent = await t.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: { kind: "text", text: "Sorry for the wait, we have a slot on Friday." },
    });
    expect(sent.status).toBe(201);
    const tagged = await sentToCustomer(page, psid, 2, "the agent's reply");
    expect(tagged[1]?.payload.messaging_type).toBe("MESSAGE_TAG");
    expect(tagged[1]?.payload.tag).toBe("HUMAN_AGENT");
    expect(tagged[1]?.status).not.toBe("failed");
  });

  it("refuses an agent's text 409 once the customer's last message is more than 7 days old", async () => {
    const { t, page } = await start();
    const psid = "7100000000000006";
    const conversationId = await wroteDaysAgo(t, page, psid, 8);
    const refused = await t.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: { kind: "text", text: "Are you still there?" },
    });
    expect(refused.status).toBe(409);
    expect(refused.json).toMatchObject({
      error: { code: "human_agent_window_closed", fallback: { kind: "none" } },
    });
    expect((await page.chat(psid)).filter((item) => item.direction === "out")).toHaveLength(1);
  });
});
