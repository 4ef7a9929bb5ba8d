// A bot's carousel node on Messenger (generic template) and LINE (carousel template), through the
// simulator: the customer taps a card's reply button and the bot continues where that button goes.
import { afterEach, describe, expect, it } from "vitest";
import { connectLineChannel, connectMessengerPage } from "../../testing/test-channels.js";
import { sendsText, testBot } from "../../testing/test-bots.js";
import type { ChatItem, ConnectedChannel } from "../../testing/test-channels.js";
import { testDialects } from "../../testing/test-databases.js";
import { eventually, startTestSwitchboard, testNumber } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { contactTagsOf, messagesOf, processedAll } from "../../testing/conversation-probes.js";
import { importBot, sentToCustomer } from "../channels/channel-test-support.js";

const shopBot = testBot(
  "Shop",
  {
    id: "welcome",
    name: "Welcome",
    kind: "welcome",
    nodes: [
      {
        kind: "carousel",
        body: "Our picks this week",
        cards: [
          {
            title: "Matte primer",
            subtitle: "Shine-free all day",
            image: { url: "https://shop.example/primer.jpg" },
            buttons: [
              { type: "reply", id: "buy_primer", title: "Buy", goTo: "primer", addTags: ["wants_primer"] },
              { type: "url", title: "Details", url: "https://shop.example/primer" },
            ],
          },
          {
            title: "Hydrating serum",
            subtitle: "For dry skin",
            image: { url: "https://shop.example/serum.jpg" },
            buttons: [
              { type: "reply", id: "buy_serum", title: "Buy serum", goTo: "serum" },
              { type: "url", title: "Details", url: "https://shop.example/serum" },
            ],
          },
        ],
      },
    ],
  },
  sendsText("primer", "Primer", "Primer added."),
  sendsText("serum", "Serum", "Serum added."),
);

function fieldOf(item: ChatItem | undefined, key: string): Record<string, unknown> {
  const value = item?.payload[key];
  return typeof value === "object" && value !== null ? { ...value } : {};
}

describe.each(testDialects)("a bot's carousel (%s)", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function start(connect: (t: TestSwitchboard) => Promise<ConnectedChannel>) {
    t = await startTestSwitchboard(dialect);
    const account = await connect(t);
    await account.publish(await importBot(t, shopBot));
    return { t, account };
  }

  it("on Messenger: sends the body and a generic template; a postback on a card advances the bot", async () => {
    const { t, account } = await start(connectMessengerPage);
    const psid = "7100000000000101";
    await account.personActs(psid, { type: "text", text: "hi" });
    const [intro, cards] = await sentToCustomer(account, psid, 2, "the body and the cards");
    expect(fieldOf(intro, "message").text).toBe("Our picks this week");
    const template = JSON.stringify(fieldOf(cards, "message"));
    expect(template).toContain('"template_type":"generic"');
    expect(template).toContain('{"type":"postback","title":"Buy serum","payload":"buy_serum"}');
    expect(cards?.status).not.toBe("failed");
    // Both parts are one stored message.
    await processedAll(t);
    const stored = (await messagesOf(t, psid)).filter((m) => m.direction === "outbound");
    expect(stored.map((m) => m.content.kind)).toEqual(["carousel"]);
    expect(fieldOf(cards, "message").metadata).toBe(stored[0]?.id);

    await account.personActs(psid, { type: "postback", title: "Buy", payload: "buy_primer" });
    const sent = await sentToCustomer(account, psid, 3, "the answer to the tap");
    expect(fieldOf(sent[2], "message").text).toBe("Primer added.");
    expect(await contactTagsOf(t, psid)).toEqual(["wants_primer"]);
  });

  it("on LINE: sends the body and a carousel template; a postback on a card advances the bot", async () => {
    const { t, account } = await start(connectLineChannel);
    const userId = `U${"c".repeat(32)}`;
    await account.personActs(userId, { type: "follow" });
    await account.personActs(userId, { type: "text", text: "hi" });
    const out = await sentToCustomer(account, userId, 2, "the body and the cards");
    const template = out.find((item) => JSON.stringify(item.payload).includes('"type":"carousel"'));
    expect(template, JSON.stringify(out)).toBeDefined();
    const text = JSON.stringify(template?.payload);
    expect(text).toContain("Hydrating serum");
    const data = JSON.stringify({ choice: "buy_serum", title: "Buy serum" });
    expect(text).toContain(JSON.stringify(data).slice(1, -1));

    await account.personActs(userId, { type: "postback", data, displayText: "Buy serum" });
    const after = await sentToCustomer(account, userId, out.length + 1, "the answer to the tap");
    expect(JSON.stringify(after[after.length - 1]?.payload)).toContain("Serum added.");
    await processedAll(t);
    const inbound = (await messagesOf(t, userId)).filter((m) => m.direction === "inbound");
    expect(inbound.map((m) => m.content.kind)).toContain("choice_reply");
  });

  it("on WhatsApp: an agent's carousel goes out as a media carousel, or card by card with split", async () => {
    t = await startTestSwitchboard(dialect);
    const h = t;
    const waId = "886900000101";
    await h.customerSends(waId, { type: "text", text: "hi" });
    const conversationId = await eventually(async () => {
      const list = await h.api("GET", "/api/v1/conversations");
      const items = (list.json as { items: { id: string; contact: { externalId: string } }[] }).items;
      return items.find((c) => c.contact.externalId === waId)?.id;
    }, "the conversation");
    const cards = [1, 2].map((i) => ({
      title: `Shade ${i}`,
      image: { url: `https://shop.example/${i}.jpg` },
      buttons: [{ type: "url", title: "Shop", url: `https://shop.example/${i}` }],
    }));
    const native = await h.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: { kind: "carousel", body: "New shades", cards },
    });
    expect(native.status, JSON.stringify(native.json)).toBe(201);
    const misfit = {
      kind: "carousel",
      body: "Want one?",
      cards: [{ ...cards[0], buttons: [{ type: "reply", id: "want", title: "I want it" }] }],
    };
    const refused = await h.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: misfit,
    });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.json)).toContain("cards[0].buttons");
    const split = await h.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: { ...misfit, fallback: "split" },
    });
    expect(split.status, JSON.stringify(split.json)).toBe(201);
    const sent = await eventually(async () => {
      const chat = await fetch(`${h.simulatorUrl}/_sim/api/chats/${testNumber.phoneNumberId}/${waId}`);
      const items = ((await chat.json()) as { items: { direction: string; payload: unknown }[] }).items;
      const out = items.filter((i) => i.direction === "out");
      return out.length >= 3 ? out : undefined;
    }, "the carousel, then the split's text and reply buttons");
    const text = JSON.stringify(sent);
    expect(text).toContain('"type":"carousel"');
    expect(text).toContain('"id":"want"');
    expect(text.indexOf("Want one?")).toBeLessThan(text.indexOf('"id":"want"'));
    const stored = await eventually(async () => {
      const list = await h.api("GET", `/api/v1/conversations/${conversationId}/messages`);
      const items = (list.json as { items: { direction: string; status: string }[] }).items;
      const out = items.filter((m) => m.direction === "outbound");
      return out.length === 2 && out.every((m) => m.status !== "pending") ? out : undefined;
    }, "both messages sent");
    expect(stored.map((m) => m.status)).not.toContain("failed");
  });
});
