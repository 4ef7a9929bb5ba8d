// WhatsApp carousels: a media carousel when it fits (PLATFORMS.md A3.1), limits at N and N+1, and the
// author's fallback (refuse, numbered_text, split) when it does not.
import { describe, expect, it } from "vitest";
import {
  ascii,
  card,
  carousel,
  link,
  reply,
  rulesOf,
  violationsOf,
} from "../carousel/carousel-cases.test-support.js";
import { describeLimits } from "../messenger/limit-cases.test-support.js";
import { compileWhatsAppMessage, compileWhatsAppMessages } from "./compile-message.js";

const violations = (message: Parameters<typeof compileWhatsAppMessages>[0]) =>
  violationsOf(compileWhatsAppMessages(message));

describe("WhatsApp media carousel", () => {
  it("compiles two image cards with one link button each", () => {
    expect(compileWhatsAppMessage(carousel(2))).toEqual({
      ok: true,
      value: {
        type: "interactive",
        interactive: {
          type: "carousel",
          body: { text: "Our picks" },
          action: {
            cards: [0, 1].map((i) => ({
              card_index: i,
              type: "cta_url",
              header: { type: "image", image: { link: `https://shop.example/${i + 1}.jpg` } },
              body: { text: `Card ${i + 1}\nSoft and light` },
              action: {
                name: "cta_url",
                parameters: { display_text: "Shop", url: "https://shop.example/p" },
              },
            })),
          },
        },
      },
    });
  });

  it("uses an uploaded media id as the header image", () => {
    const result = compileWhatsAppMessage(carousel(2, {}, { image: { mediaId: "123" } }));
    expect(JSON.stringify(result)).toContain('"image":{"id":"123"}');
  });
});

describeLimits("WhatsApp carousel limits", violations, [
  { name: "cards", limit: 10, path: "cards", rule: "max_items", build: (n) => carousel(n) },
  {
    name: "cards (media carousel minimum)",
    limit: 2,
    path: "cards",
    rule: "min_items",
    build: (n) => carousel(n),
  },
  {
    name: "body",
    limit: 1024,
    path: "body",
    rule: "max_length",
    build: (n) => carousel(2, { body: ascii(n) }),
  },
  {
    name: "card text (title, line break, subtitle)",
    limit: 160,
    path: "cards[0].subtitle",
    rule: "max_length",
    build: (n) => carousel(2, {}, { title: "T", subtitle: ascii(n - 2) }),
  },
  {
    name: "card text line breaks",
    limit: 2,
    path: "cards[0].subtitle",
    rule: "max_line_breaks",
    build: (n) => carousel(2, {}, { subtitle: Array.from({ length: n }, () => "x").join("\n") }),
  },
  {
    name: "link button title",
    limit: 20,
    path: "cards[0].buttons[0].title",
    rule: "max_length",
    build: (n) => carousel(2, {}, { buttons: [link(ascii(n))] }),
  },
  {
    name: "buttons on a card (split)",
    limit: 3,
    path: "cards[0].buttons",
    rule: "max_items",
    build: (n) =>
      carousel(
        2,
        { fallback: "split" },
        { buttons: Array.from({ length: n }, (_, i) => reply(`b${i}`, `B${i}`)) },
      ),
  },
  {
    name: "reply button id (split)",
    limit: 256,
    path: "cards[0].buttons[0].id",
    rule: "max_length",
    build: (n) => carousel(2, { fallback: "split" }, { buttons: [reply(ascii(n))] }),
  },
]);

describe("WhatsApp carousel that is no media carousel", () => {
  const misfit = carousel(2, {}, { image: undefined, buttons: [reply("buy_1"), link()] });

  it("refuses by default, naming every reason it does not fit", () => {
    expect(rulesOf(compileWhatsAppMessages(misfit))).toEqual([
      "cards[0].image required",
      "cards[0].buttons exact_items",
    ]);
    expect(rulesOf(compileWhatsAppMessages(carousel(2, { body: undefined })))).toEqual(["body required"]);
    expect(rulesOf(compileWhatsAppMessages(carousel(2, {}, { url: "https://shop.example" })))).toEqual([
      "cards[0].url not_allowed",
    ]);
  });

  it("sends one numbered text with fallback numbered_text: reply buttons 1..n across cards", () => {
    const message = carousel(
      2,
      { fallback: "numbered_text" },
      { image: undefined, buttons: [reply("buy_1"), link()] },
    );
    message.cards[1] = card({ buttons: [reply("buy_2", "Buy 2")] }, 1);
    expect(compileWhatsAppMessages(message)).toEqual({
      ok: true,
      value: [
        {
          type: "text",
          text: {
            body: "Our picks\n\nCard 1\nSoft and light\n1. Buy\nShop: https://shop.example/p\n\nCard 2\nSoft and light\n2. Buy 2",
          },
        },
      ],
    });
  });

  it("splits into the body, then each card's reply buttons and link buttons, with fallback split", () => {
    const message = carousel(2, { fallback: "split" }, { buttons: [reply("buy_1"), link()] });
    const result = compileWhatsAppMessages(message);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const shapes = result.value.map((body) =>
      body.type === "interactive" ? body.interactive.type : body.type,
    );
    expect(shapes).toEqual(["text", "button", "cta_url", "cta_url"]);
    expect(result.value[1]).toEqual({
      type: "interactive",
      interactive: {
        type: "button",
        header: { type: "image", image: { link: "https://shop.example/1.jpg" } },
        body: { text: "Card 1\nSoft and light" },
        action: { buttons: [{ type: "reply", reply: { id: "buy_1", title: "Buy" } }] },
      },
    });
  });

  it("splits a card without buttons into its image and caption, or a text", () => {
    const message = carousel(1, { fallback: "split", body: undefined }, { buttons: [] });
    message.cards.push(card({ image: undefined, buttons: [] }, 1));
    const result = compileWhatsAppMessages(message);
    expect(result.ok && result.value.map((body) => body.type)).toEqual(["image", "text"]);
  });

  it("names the card when a split part breaks a limit", () => {
    const message = carousel(1, { fallback: "split" }, { buttons: [reply("buy", ascii(21))] });
    expect(rulesOf(compileWhatsAppMessages(message))).toEqual(["cards[0].buttons[0].title max_length"]);
  });

  it("refuses reply ids repeated across cards", () => {
    const message = carousel(2, { fallback: "split" }, { buttons: [reply("same")] });
    message.cards[1] = card({ buttons: [reply("same")] }, 1);
    expect(rulesOf(compileWhatsAppMessages(message))).toEqual(["cards[1].buttons[0].id unique"]);
  });

  it("says a split needs several messages when asked for exactly one", () => {
    expect(rulesOf(compileWhatsAppMessage(carousel(1, { fallback: "split" })))).toEqual([
      "fallback several_messages",
    ]);
  });
});
