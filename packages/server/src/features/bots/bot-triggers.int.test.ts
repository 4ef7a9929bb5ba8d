import { afterEach, describe, expect, it } from "vitest";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";
import { inboundTextWebhook } from "../../testing/inbound-text-webhook.js";
import { demoBotDefinition, demoKeywords } from "../demo-bot/demo-bot.js";
import { promoBot } from "./bot-runtime.test-support.js";
import { conversationOf, messagesOf, outbound, processedAll } from "../../testing/conversation-probes.js";

describe.each(testDialects)(
  "keyword rules, ref links, opt-outs and templates around the bot on %s",
  (dialect) => {
    let t: TestSwitchboard | undefined;
    afterEach(async () => {
      await t?.close();
      t = undefined;
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
      const taken = await t.api("PATCH", `/api/v1/conversations/${conversationId}`, {
        status: "in_progress",
      });
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
  },
);
