// Messenger and Instagram carousels: a generic template (PLATFORMS.md B2, Part C) with every limit at N
// and N+1; a body goes first as its own text message.
import { describe, expect, it } from "vitest";
import {
  ascii,
  carousel,
  link,
  reply,
  rulesOf,
  violationsOf,
} from "../carousel/carousel-cases.test-support.js";
import type { Carousel } from "../carousel/carousel-cases.test-support.js";
import { compileInstagramMessages } from "../instagram/compile-message.js";
import { compileMessengerMessage, compileMessengerMessages } from "./compile-message.js";
import { describeLimits } from "./limit-cases.test-support.js";

describe("Messenger generic template", () => {
  it("sends the body as a text, then one element per card with postback and link buttons", () => {
    const message = carousel(2, {}, { url: "https://shop.example/1", buttons: [reply("buy_1"), link()] });
    expect(compileMessengerMessages(message)).toEqual({
      ok: true,
      value: [
        { text: "Our picks" },
        {
          attachment: {
            type: "template",
            payload: {
              template_type: "generic",
              elements: [
                {
                  title: "Card 1",
                  subtitle: "Soft and light",
                  image_url: "https://shop.example/1.jpg",
                  default_action: { type: "web_url", url: "https://shop.example/1" },
                  buttons: [
                    { type: "postback", title: "Buy", payload: "buy_1" },
                    { type: "web_url", title: "Shop", url: "https://shop.example/p" },
                  ],
                },
                {
                  title: "Card 2",
                  subtitle: "Soft and light",
                  image_url: "https://shop.example/2.jpg",
                  buttons: [{ type: "web_url", title: "Shop", url: "https://shop.example/p" }],
                },
              ],
            },
          },
        },
      ],
    });
  });

  it("is one message without a body", () => {
    const result = compileMessengerMessage(carousel(1, { body: undefined }));
    expect(result.ok && result.value).toMatchObject({ attachment: { type: "template" } });
  });

  it("refuses an image by media id: generic templates take image URLs", () => {
    expect(rulesOf(compileMessengerMessages(carousel(1, {}, { image: { mediaId: "9" } })))).toEqual([
      "cards[0].image.mediaId not_allowed",
    ]);
  });

  it("names the neutral fields in violations (image URL, reply id)", () => {
    const message = carousel(1, {}, { image: { url: "ftp://x" }, buttons: [reply(" spaced ")] });
    expect(rulesOf(compileMessengerMessages(message))).toEqual([
      "cards[0].buttons[0].id no_surrounding_spaces",
      "cards[0].image.url format",
    ]);
  });

  it("needs something beside the title", () => {
    const bare = carousel(1, {}, { subtitle: undefined, image: undefined, buttons: [] });
    expect(rulesOf(compileMessengerMessages(bare))).toEqual(["cards[0].subtitle required"]);
  });
});

const limits = [
  { name: "cards", limit: 10, path: "cards", rule: "max_items", build: (n: number) => carousel(n) },
  {
    name: "title",
    limit: 80,
    path: "cards[0].title",
    rule: "max_length",
    build: (n: number) => carousel(1, {}, { title: ascii(n) }),
  },
  {
    name: "subtitle",
    limit: 80,
    path: "cards[0].subtitle",
    rule: "max_length",
    build: (n: number) => carousel(1, {}, { subtitle: ascii(n) }),
  },
  {
    name: "buttons",
    limit: 3,
    path: "cards[0].buttons",
    rule: "max_items",
    build: (n: number) => carousel(1, {}, { buttons: Array.from({ length: n }, (_, i) => reply(`b${i}`)) }),
  },
  {
    name: "button title",
    limit: 20,
    path: "cards[0].buttons[0].title",
    rule: "max_length",
    build: (n: number) => carousel(1, {}, { buttons: [reply("b", ascii(n))] }),
  },
  {
    name: "postback payload (reply id)",
    limit: 1000,
    path: "cards[0].buttons[0].id",
    rule: "max_length",
    build: (n: number) => carousel(1, {}, { buttons: [reply(ascii(n))] }),
  },
];

describeLimits(
  "Messenger carousel limits",
  (m: Carousel) => violationsOf(compileMessengerMessages(m)),
  limits,
);
describeLimits("Instagram carousel limits", (m: Carousel) => violationsOf(compileInstagramMessages(m)), [
  ...limits,
  {
    name: "body text (UTF-8 bytes)",
    limit: 1000,
    path: "body",
    rule: "max_bytes",
    build: (n: number) => carousel(1, { body: ascii(n) }),
  },
]);
