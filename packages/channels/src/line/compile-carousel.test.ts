// LINE carousels: a carousel template (PLATFORMS.md D2) with every limit at N and N+1, the "every column
// alike" rules, and the author's fallback when the cards differ.
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
import type { Carousel } from "../carousel/carousel-cases.test-support.js";
import { describeLimits } from "../messenger/limit-cases.test-support.js";
import { compileLineMessage } from "./compile-message.js";

const violations = (message: Carousel) => violationsOf(compileLineMessage(message));
const buttons = (n: number) => Array.from({ length: n }, (_, i) => reply(`b${i}`, `B${i}`));

describe("LINE carousel template", () => {
  it("sends the body as a text, then one column per card: postback and uri actions", () => {
    const message = carousel(2, {}, { url: "https://shop.example/1", buttons: [reply("buy_1")] });
    message.cards[1] = card({ buttons: [link()] }, 1);
    expect(compileLineMessage(message)).toEqual({
      ok: true,
      value: {
        messages: [
          { type: "text", text: "Our picks" },
          {
            type: "template",
            altText: "Our picks",
            template: {
              type: "carousel",
              columns: [
                {
                  title: "Card 1",
                  text: "Soft and light",
                  thumbnailImageUrl: "https://shop.example/1.jpg",
                  defaultAction: { type: "uri", uri: "https://shop.example/1" },
                  actions: [
                    {
                      type: "postback",
                      label: "Buy",
                      data: '{"choice":"buy_1","title":"Buy"}',
                      displayText: "Buy",
                    },
                  ],
                },
                {
                  title: "Card 2",
                  text: "Soft and light",
                  thumbnailImageUrl: "https://shop.example/2.jpg",
                  actions: [{ type: "uri", label: "Shop", uri: "https://shop.example/p" }],
                },
              ],
            },
          },
        ],
      },
    });
  });

  it("uses the card titles as altText without a body", () => {
    const result = compileLineMessage(carousel(2, { body: undefined }));
    expect(result.ok && result.value.messages).toEqual([
      expect.objectContaining({ altText: "Card 1, Card 2" }),
    ]);
  });

  it("needs a text (subtitle) and at least one button on every column", () => {
    const message = carousel(1, {}, { subtitle: undefined, buttons: [] });
    expect(rulesOf(compileLineMessage(message))).toEqual([
      "cards[0].subtitle required",
      "cards[0] min_items",
    ]);
  });

  it("refuses an image by media id: LINE fetches images by HTTPS URL", () => {
    expect(rulesOf(compileLineMessage(carousel(1, {}, { image: { mediaId: "9" } })))).toEqual([
      "cards[0].image.mediaId not_allowed",
    ]);
  });
});

describeLimits("LINE carousel limits", violations, [
  { name: "columns", limit: 10, path: "cards", rule: "max_items", build: (n) => carousel(n) },
  {
    name: "column title",
    limit: 40,
    path: "cards[0].title",
    rule: "max_length",
    build: (n) => carousel(1, {}, { title: ascii(n) }),
  },
  {
    name: "column text beside a title (every card has one)",
    limit: 60,
    path: "cards[0].subtitle",
    rule: "max_length",
    build: (n) => carousel(1, {}, { subtitle: ascii(n) }),
  },
  {
    name: "actions per column",
    limit: 3,
    path: "cards[0]",
    rule: "max_items",
    build: (n) => carousel(1, {}, { buttons: buttons(n) }),
  },
  {
    name: "action label",
    limit: 20,
    path: "cards[0].buttons[0].title",
    rule: "max_length",
    build: (n) => carousel(1, {}, { buttons: [link(ascii(n))] }),
  },
  {
    name: "altText (the body)",
    limit: 400,
    path: "body",
    rule: "max_length",
    build: (n) => carousel(1, { body: ascii(n) }),
  },
  {
    name: "postback data (id and title, bytes)",
    limit: 300,
    path: "cards[0].buttons[0].id",
    rule: "max_bytes",
    // {"choice":"<id>","title":"B"} is 25 bytes around the id.
    build: (n) => carousel(1, {}, { buttons: [reply(ascii(n - 25), "B")] }),
  },
]);

describe("LINE columns that differ", () => {
  const mixed = (fallback?: Carousel["fallback"]) => {
    const message = carousel(3, fallback === undefined ? {} : { fallback });
    message.cards[1] = card({ image: undefined }, 1);
    message.cards[2] = card({ image: undefined, buttons: [link(), reply("buy_3")] }, 2);
    return message;
  };

  it("refuses by default: every column needs the first one's image use and action count", () => {
    expect(rulesOf(compileLineMessage(mixed()))).toEqual([
      "cards[1] same_layout",
      "cards[2] same_action_count",
      "cards[2] same_layout",
    ]);
  });

  it("splits into one carousel per run of alike cards with fallback split", () => {
    const result = compileLineMessage(mixed("split"));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const columns = result.value.messages.map((m) =>
      m.type === "template" && m.template.type === "carousel"
        ? m.template.columns.map((c) => c.title)
        : m.type,
    );
    expect(columns).toEqual(["text", ["Card 1"], ["Card 2"], ["Card 3"]]);
  });

  it("keeps alike neighbours together when splitting", () => {
    const message = carousel(3, { fallback: "split" });
    message.cards[2] = card({ image: undefined }, 2);
    const result = compileLineMessage(message);
    const counts = result.ok
      ? result.value.messages.flatMap((m) =>
          m.type === "template" && m.template.type === "carousel" ? [m.template.columns.length] : [],
        )
      : [];
    expect(counts).toEqual([2, 1]);
  });

  it("sends one numbered text with fallback numbered_text", () => {
    const result = compileLineMessage(mixed("numbered_text"));
    expect(result.ok && result.value.messages).toEqual([
      {
        type: "text",
        text: "Our picks\n\nCard 1\nSoft and light\nShop: https://shop.example/p\n\nCard 2\nSoft and light\nShop: https://shop.example/p\n\nCard 3\nSoft and light\nShop: https://shop.example/p\n1. Buy",
      },
    ]);
  });
});
