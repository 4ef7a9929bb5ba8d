// A carousel node waits like a choice: a tap on a card's reply button, its number or its title routes.
import { describe, expect, it } from "vitest";
import { bot } from "../bot/bot-builder.js";
import { BotNodeSchema } from "../bot/node-schema.js";
import { validateBot } from "../bot/validate-bot.js";
import { playConversation } from "../testing/play-conversation.js";

const NOW = Date.UTC(2025, 2, 10, 2, 0);
const kinds = (messages: { kind: string }[]) => messages.map((m) => ("text" in m ? m.text : m.kind));

const shop = bot("Shop")
  .welcome((m) =>
    m
      .carousel({
        body: "Our picks",
        attribute: "picked",
        maxTries: 2,
        onGiveUp: "human_agent",
        cards: [
          {
            title: "Matte primer",
            image: { url: "https://shop.example/primer.jpg" },
            buttons: [
              { type: "reply", id: "buy_primer", title: "Buy", goTo: "primer", addTags: ["wants:primer"] },
              { type: "url", title: "Details", url: "https://shop.example/primer" },
            ],
          },
          {
            title: "Serum",
            buttons: [{ type: "reply", id: "buy_serum", title: "Buy serum", goTo: "serum" }],
          },
        ],
      })
      .send("Anything else?"),
  )
  .module("primer", (m) => m.send("Primer in your cart."))
  .module("serum", (m) => m.send("Serum in your cart."))
  .humanAgent((m) => m.send("An advisor will answer.").handover())
  .build();

describe("advanceBot: carousel node", () => {
  it("sends the neutral carousel without the buttons' routing", () => {
    const chat = playConversation(shop, { channel: "messenger", now: NOW });
    const [sent] = chat.start();
    expect(sent).toEqual({
      kind: "carousel",
      body: "Our picks",
      cards: [
        {
          title: "Matte primer",
          image: { url: "https://shop.example/primer.jpg" },
          buttons: [
            { type: "reply", id: "buy_primer", title: "Buy" },
            { type: "url", title: "Details", url: "https://shop.example/primer" },
          ],
        },
        { title: "Serum", buttons: [{ type: "reply", id: "buy_serum", title: "Buy serum" }] },
      ],
    });
  });

  it("routes a tap on a card's reply button, adds its tags and stores its title", () => {
    const chat = playConversation(shop, { channel: "line", now: NOW });
    chat.start();
    expect(kinds(chat.tap("buy_primer"))).toEqual(["Primer in your cart."]);
    expect(chat.tags).toEqual(["wants:primer"]);
    expect(chat.attributes["picked"]).toBe("Buy");
  });

  it("takes the numbers of a numbered-text fallback (reply buttons 1..n across cards) and titles", () => {
    for (const [typed, answer] of [
      ["2", "Serum in your cart."],
      ["buy serum", "Serum in your cart."],
      ["1", "Primer in your cart."],
    ] as const) {
      const chat = playConversation(shop, { channel: "whatsapp", now: NOW });
      chat.start();
      expect(kinds(chat.say(typed))).toEqual([answer]);
    }
  });

  it("sends the carousel again on an unmatched reply, then gives up", () => {
    const chat = playConversation(shop, { channel: "whatsapp", now: NOW });
    chat.start();
    expect(kinds(chat.say("3"))).toEqual(["carousel"]);
    expect(kinds(chat.say("what?"))).toEqual(["An advisor will answer."]);
  });

  it("still routes a tap on the carousel after the flow moved on", () => {
    const chat = playConversation(shop, { channel: "messenger", now: NOW });
    chat.start();
    chat.tap("buy_serum");
    expect(kinds(chat.tap("buy_primer"))).toEqual(["Primer in your cart."]);
  });

  it("refuses a reply button id used twice in one carousel", () => {
    const parsed = BotNodeSchema.safeParse({
      kind: "carousel",
      cards: [
        { title: "A", buttons: [{ type: "reply", id: "x", title: "A" }] },
        { title: "B", buttons: [{ type: "reply", id: "x", title: "B" }] },
      ],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["cards", 1, "buttons", 0, "id"]);
  });

  it("is checked by validateBot: reply buttons' go-to targets and the cards on every channel", () => {
    const broken = bot("Broken")
      .welcome((m) =>
        m.carousel({
          cards: [{ title: "A", buttons: [{ type: "reply", id: "a", title: "A", goTo: "gone" }] }],
        }),
      )
      .build();
    const problems = validateBot(broken, {
      channels: ["whatsapp"],
      compile: (message) =>
        message.kind === "carousel" ? [{ path: "cards", message: `${message.cards.length} card` }] : [],
    });
    expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
      'modules[0].nodes[0].cards[0].buttons[0].goTo: goes to module "gone", which does not exist',
      "modules[0].nodes[0].cards: whatsapp: 1 card",
    ]);
  });
});
