import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";
import { inboundTextWebhook } from "../../testing/inbound-text-webhook.js";
import { demoBotDefinition, demoKeywords } from "../demo-bot/demo-bot.js";

interface ApiMessage {
  direction: string;
  author: string;
  status: string;
  refusal: { code: string; reason: string } | null;
  content: {
    kind: string;
    style?: string;
    text?: string;
    body?: string;
    sections?: { options: { id: string; title: string }[] }[];
  };
  providerMessageId: string | null;
}

const waitBot = {
  name: "Patient",
  modules: [
    {
      id: "welcome",
      name: "Welcome",
      kind: "welcome",
      nodes: [
        { kind: "send", message: { kind: "text", text: "Let me check for you." } },
        { kind: "wait", durationMs: 1500 },
        { kind: "send", message: { kind: "text", text: "Still there? Here is our offer." } },
      ],
    },
    { id: "human", name: "Human", kind: "human_agent", nodes: [{ kind: "handover" }] },
  ],
};
/** The same with a module only a ref link opens. */
const promoBot = {
  ...waitBot,
  modules: [
    ...waitBot.modules,
    {
      id: "promo",
      name: "Promo",
      nodes: [{ kind: "send", message: { kind: "text", text: "Autumn offer: 20% off." } }],
    },
  ],
};

/** A bot that asks a shop's stock service on this machine and answers with what it said. */
function stockBot(port: number) {
  return {
    name: "Stock",
    modules: [
      {
        id: "welcome",
        name: "Welcome",
        kind: "welcome",
        nodes: [
          {
            kind: "http_request",
            method: "GET",
            url: `http://127.0.0.1:${port}/stock/lipstick-{{shade}}`,
            responseMap: { "stock.count": "stock" },
            onError: "sorry",
          },
          { kind: "send", message: { kind: "text", text: "We have {{stock}} left." } },
        ],
      },
      {
        id: "sorry",
        name: "Sorry",
        nodes: [{ kind: "send", message: { kind: "text", text: "Sorry, I cannot check the stock now." } }],
      },
      { id: "human", name: "Human", kind: "human_agent", nodes: [{ kind: "handover" }] },
    ],
  };
}

describe.each(testDialects)("the bot runtime on %s", (dialect) => {
  let t: TestSwitchboard | undefined;
  const stockService = createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ path: request.url, stock: { count: 7 } }));
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => stockService.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => stockService.close(resolve));
  });
  const stockPort = () => (stockService.address() as AddressInfo).port;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const conversationOf = async (h: TestSwitchboard, waId: string) => {
    const list = await h.api("GET", "/api/v1/conversations");
    const items = (list.json as { items: { id: string; contact: { externalId: string } }[] }).items;
    return items.find((c) => c.contact.externalId === waId)?.id;
  };
  const messagesOf = async (h: TestSwitchboard, waId: string): Promise<ApiMessage[]> => {
    const id = await conversationOf(h, waId);
    if (id === undefined) return [];
    const messages = await h.api("GET", `/api/v1/conversations/${id}/messages`);
    return (messages.json as { items: ApiMessage[] }).items;
  };
  const outbound = async (h: TestSwitchboard, waId: string, count: number, what: string) =>
    eventually(async () => {
      const found = (await messagesOf(h, waId)).filter((m) => m.direction === "outbound");
      return found.length >= count &&
        found.every((m) => m.providerMessageId !== null || m.status === "refused")
        ? found
        : undefined;
    }, what);
  const processedAll = async (h: TestSwitchboard) =>
    eventually(async () => {
      const left = await h.switchboard.database.db
        .selectFrom("webhook_events")
        .select("id")
        .where("processed_at", "is", null)
        .execute();
      return left.length === 0 ? true : undefined;
    }, "every webhook event processed");

  it("books a trial with the demo bot: list, list, buttons, confirmation, tag and attributes", async () => {
    t = await startTestSwitchboard(dialect);
    await t.publishBot(demoBotDefinition);
    const waId = "886911000001";
    await t.customerSends(waId, { type: "text", text: "hello there" });
    const [counters] = await outbound(t, waId, 1, "the counter list");
    expect(counters?.content.style).toBe("list");
    const counter = counters?.content.sections?.[0]?.options[1];
    await t.customerSends(waId, {
      type: "list_reply",
      id: counter?.id,
      title: counter?.title,
      contextId: counters?.providerMessageId,
    });
    const times = (await outbound(t, waId, 2, "the time list"))[1];
    expect(times?.content.body).toBe("Great, Shin Kong A11. When would you like to come?");
    const time = times?.content.sections?.[0]?.options[2];
    await t.customerSends(waId, {
      type: "list_reply",
      id: time?.id,
      title: time?.title,
      contextId: times?.providerMessageId,
    });
    const confirm = (await outbound(t, waId, 3, "the confirm buttons"))[2];
    expect(confirm?.content.style).toBe("buttons");
    await t.customerSends(waId, {
      type: "button_reply",
      id: "confirm_yes",
      title: "Confirm",
      contextId: confirm?.providerMessageId,
    });
    const booked = (await outbound(t, waId, 4, "the confirmation"))[3];
    expect(booked?.content.text).toContain("Shin Kong A11, tomorrow at 19:00");

    const db = t.switchboard.database.db;
    const contact = await db
      .selectFrom("contacts")
      .selectAll()
      .where("external_id", "=", waId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(contact.attributes)).toMatchObject({
      counter: "Shin Kong A11",
      time: "tomorrow at 19:00",
    });
    const tags = await db
      .selectFrom("contact_tags")
      .select("tag")
      .where("contact_id", "=", contact.id)
      .execute();
    expect(tags.map((r) => r.tag)).toEqual(["trial_booked"]);
    const reminder = await db
      .selectFrom("jobs")
      .selectAll()
      .where("name", "=", "bot-timer")
      .executeTakeFirst();
    expect(reminder?.run_at).toBeGreaterThan(Date.now() + 60 * 60 * 1000);
  });

  it("answers a typed option number, and a tap on an older choice goes back to it", async () => {
    t = await startTestSwitchboard(dialect);
    await t.publishBot(demoBotDefinition);
    const waId = "886911000002";
    await t.customerSends(waId, { type: "text", text: "hi" });
    const [counters] = await outbound(t, waId, 1, "the counter list");
    await t.customerSends(waId, { type: "text", text: "１" });
    const times = (await outbound(t, waId, 2, "the time list"))[1];
    expect(times?.content.body).toContain("Taipei 101");
    const older = counters?.content.sections?.[1]?.options[0];
    await t.customerSends(waId, {
      type: "list_reply",
      id: older?.id,
      title: older?.title,
      contextId: counters?.providerMessageId,
    });
    const again = (await outbound(t, waId, 3, "the time list again"))[2];
    expect(again?.content.body).toContain("IFC Mall");
  });

  it("moves the conversation from the bot to pending when the customer asks for a person, then stays quiet", async () => {
    t = await startTestSwitchboard(dialect);
    await t.publishBot(demoBotDefinition);
    const waId = "886911000010";
    const statusOf = async () => {
      const id = await conversationOf(t!, waId);
      const got = await t!.api("GET", `/api/v1/conversations/${id}`);
      return (got.json as { conversation: { status: string } }).conversation.status;
    };
    await t.customerSends(waId, { type: "text", text: "hi" });
    const [counters] = await outbound(t, waId, 1, "the counter list");
    expect(await statusOf()).toBe("bot");
    const counter = counters?.content.sections?.[0]?.options[0];
    await t.customerSends(waId, {
      type: "list_reply",
      id: counter?.id,
      title: counter?.title,
      contextId: counters?.providerMessageId,
    });
    const times = (await outbound(t, waId, 2, "the time list"))[1];
    const time = times?.content.sections?.[0]?.options[0];
    await t.customerSends(waId, {
      type: "list_reply",
      id: time?.id,
      title: time?.title,
      contextId: times?.providerMessageId,
    });
    const confirm = (await outbound(t, waId, 3, "the confirm buttons"))[2];
    await t.customerSends(waId, {
      type: "button_reply",
      id: "confirm_person",
      title: "Ask a person",
      contextId: confirm?.providerMessageId,
    });
    const handover = (await outbound(t, waId, 4, "the hand-over message"))[3];
    expect(handover?.content.text).toContain("beauty advisor");
    expect(await statusOf()).toBe("pending");
    // Waiting for a person: the bot does not answer what the customer adds.
    await t.customerSends(waId, { type: "text", text: "are you there?" });
    await eventually(async () => {
      const inbound = (await messagesOf(t!, waId)).filter((m) => m.direction === "inbound");
      return inbound.length === 5 ? true : undefined;
    }, "the last message stored");
    await processedAll(t);
    expect((await messagesOf(t, waId)).filter((m) => m.direction === "outbound")).toHaveLength(4);
    expect(await statusOf()).toBe("pending");
  });

  it("keeps a wait node's timer across a restart and then continues", async () => {
    t = await startTestSwitchboard(dialect);
    await t.publishBot(waitBot);
    const waId = "886911000003";
    await t.customerSends(waId, { type: "text", text: "hi" });
    await outbound(t, waId, 1, "the first message");
    await t.restart();
    const all = await eventually(
      async () => {
        const found = (await messagesOf(t!, waId)).filter((m) => m.direction === "outbound");
        return found.length >= 2 ? found : undefined;
      },
      "the message after the wait",
      15_000,
    );
    expect(all.map((m) => m.content.text)).toEqual([
      "Let me check for you.",
      "Still there? Here is our offer.",
    ]);
  });

  it("stays silent while a person handles the conversation, keyword rules included", async () => {
    t = await startTestSwitchboard(dialect);
    await t.publishBot(demoBotDefinition);
    const rule = await t.api("POST", `/api/v1/channel-accounts/${t.channelAccountId}/keyword-rules`, {
      name: "Menu",
      keywords: demoKeywords.map((value) => ({ match: "exact", value })),
      reply: { kind: "module", moduleId: "welcome" },
    });
    expect(rule.status).toBe(201);
    const waId = "886911000004";
    await t.customerSends(waId, { type: "text", text: "hi" });
    await outbound(t, waId, 1, "the counter list");
    const conversationId = await conversationOf(t, waId);
    const taken = await t.api("PATCH", `/api/v1/conversations/${conversationId}`, { status: "in_progress" });
    expect(taken.status).toBe(200);
    await t.customerSends(waId, { type: "text", text: "menu" });
    await t.customerSends(waId, { type: "text", text: "2" });
    await eventually(async () => {
      const inbound = (await messagesOf(t!, waId)).filter((m) => m.direction === "inbound");
      return inbound.length === 3 ? true : undefined;
    }, "both messages stored");
    await processedAll(t);
    expect((await messagesOf(t, waId)).filter((m) => m.direction === "outbound")).toHaveLength(1);

    await t.api("PATCH", `/api/v1/conversations/${conversationId}`, { status: "pending" });
    await t.customerSends(waId, { type: "text", text: "ＭＥＮＵ" });
    const lists = await outbound(t, waId, 2, "the keyword's module");
    expect(lists[1]?.content.style).toBe("list");
  });

  it("opens a ref link's module, tags the contact and counts the entry", async () => {
    t = await startTestSwitchboard(dialect);
    const created = await t.api("POST", `/api/v1/channel-accounts/${t.channelAccountId}/ref-links`, {
      name: "Autumn poster",
      code: "AUTUMN-POSTER",
      moduleId: "promo",
      tags: ["poster", "autumn"],
    });
    expect(created.status).toBe(201);
    const link = (created.json as { link: { id: string; url: string } }).link;
    expect(link.url).toContain("wa.me/");
    // The link is what makes its module reachable, so the bot publishes after it exists.
    await t.publishBot(promoBot);
    const waId = "886911000005";
    await t.customerSends(waId, { type: "text", text: "AUTUMN-POSTER" });
    const [offer] = await outbound(t, waId, 1, "the promo module");
    expect(offer?.content.text).toBe("Autumn offer: 20% off.");
    const db = t.switchboard.database.db;
    const contact = await db
      .selectFrom("contacts")
      .select("id")
      .where("external_id", "=", waId)
      .executeTakeFirstOrThrow();
    const tags = await db
      .selectFrom("contact_tags")
      .select("tag")
      .where("contact_id", "=", contact.id)
      .orderBy("tag")
      .execute();
    expect(tags.map((r) => r.tag)).toEqual(["autumn", "poster"]);
    const links = await t.api("GET", `/api/v1/channel-accounts/${t.channelAccountId}/ref-links`);
    expect((links.json as { items: { entries: number }[] }).items[0]?.entries).toBe(1);
  });

  it("records an opt-out word with its source and answers; the default reply covers the rest", async () => {
    t = await startTestSwitchboard(dialect);
    const saved = await t.api("PATCH", `/api/v1/channel-accounts/${t.channelAccountId}/automation`, {
      defaultReply: { kind: "text", text: "Thanks! We'll get back to you." },
    });
    expect(saved.status).toBe(200);
    const waId = "886911000006";
    await t.customerSends(waId, { type: "text", text: "退訂" });
    const [answer] = await outbound(t, waId, 1, "the opt-out answer");
    expect(answer?.content.text).toContain("START");
    const db = t.switchboard.database.db;
    const optOuts = await db.selectFrom("contact_opt_outs").selectAll().execute();
    expect(optOuts).toEqual([expect.objectContaining({ topic: "all", source: "keyword" })]);
    await t.customerSends(waId, { type: "text", text: "where is my order?" });
    const replies = await outbound(t, waId, 2, "the default reply");
    expect(replies[1]?.content.text).toBe("Thanks! We'll get back to you.");
  });

  it("calls an HTTP service from a bot node and maps its answer, when private networks are allowed", async () => {
    t = await startTestSwitchboard(dialect, {}, { BOT_HTTP_ALLOW_PRIVATE_NETWORKS: "true" });
    await t.publishBot(stockBot(stockPort()));
    const waId = "886911000007";
    await t.customerSends(waId, { type: "text", text: "do you have it?" });
    const [answer] = await outbound(t, waId, 1, "the stock answer");
    expect(answer?.content.text).toBe("We have 7 left.");
  });

  it("refuses a bot's call to a loopback address by default and goes to the error module", async () => {
    t = await startTestSwitchboard(dialect);
    await t.publishBot(stockBot(stockPort()));
    const waId = "886911000008";
    await t.customerSends(waId, { type: "text", text: "do you have it?" });
    const [answer] = await outbound(t, waId, 1, "the error module's answer");
    expect(answer?.content.text).toBe("Sorry, I cannot check the stock now.");
  });

  it("outside the 24-hour window sends the bot's approved template and refuses its free text with the reason", async () => {
    t = await startTestSwitchboard(dialect, { templateReviewDelayMs: 50 });
    const created = await t.api("POST", `/api/v1/channel-accounts/${t.channelAccountId}/templates`, {
      name: "back_in_stock",
      language: "en",
      category: "utility",
      body: { text: "Good news: {{1}} is back in stock.", examples: { "1": "Rouge 999" } },
    });
    expect(created.status).toBe(201);
    await eventually(async () => {
      const list = await t!.api("GET", `/api/v1/channel-accounts/${t!.channelAccountId}/templates`);
      const items = (list.json as { items: { name: string; status: string }[] }).items;
      return items.find((i) => i.name === "back_in_stock")?.status === "APPROVED" ? true : undefined;
    }, "the template approved");
    await t.publishBot({
      name: "Restock",
      modules: [
        {
          id: "welcome",
          name: "Welcome",
          kind: "welcome",
          nodes: [
            { kind: "send", message: { kind: "text", text: "Thanks for waiting!" } },
            {
              kind: "send",
              message: {
                kind: "template",
                name: "back_in_stock",
                language: "en",
                body: [{ type: "text", text: "Rouge 999" }],
              },
            },
          ],
        },
        { id: "human", name: "Human", kind: "human_agent", nodes: [{ kind: "handover" }] },
      ],
    });
    // The customer's message is 25 hours old when it arrives (a delayed delivery): the window is closed.
    const waId = "886911000009";
    const sentAt = new Date(Date.now() - 25 * 60 * 60 * 1000);
    expect((await t.postWebhook(inboundTextWebhook(waId, "hi", sentAt, "wamid.late-1"))).status).toBe(200);
    const [text, template] = await outbound(t, waId, 2, "the bot's two messages");
    expect(text?.status).toBe("refused");
    expect(text?.refusal?.code).toBe("window_closed");
    expect(text?.refusal?.reason).toContain("24-hour");
    expect(template?.content.kind).toBe("template");
    expect(template?.providerMessageId).not.toBeNull();
  });
});
