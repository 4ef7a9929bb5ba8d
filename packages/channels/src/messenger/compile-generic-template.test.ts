// Cards (generic template): every limit at N and N+1 with CJK and emoji, and the payload.
import type { LimitViolation } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { type Card, compileCards } from "./compile-generic-template.js";
import { ascii, cjk, describeLimits, emoji } from "./limit-cases.test-support.js";

const violationsOf = (cards: Card[]): LimitViolation[] => {
  const result = compileCards(cards, "Messenger");
  return result.ok ? [] : result.error;
};
const card = (patch: Partial<Card> = {}): Card => ({
  title: "Cut & colour",
  subtitle: "90 minutes",
  ...patch,
});
const postback = (i: number) => ({ kind: "postback" as const, title: `Book ${i}`, payload: `book_${i}` });

describeLimits("Messenger generic template", violationsOf, [
  {
    name: "cards",
    limit: 10,
    path: "cards",
    rule: "max_items",
    build: (n) => Array.from({ length: n }, () => card()),
  },
  {
    name: "cards minimum",
    limit: 1,
    path: "cards",
    rule: "min_items",
    build: (n) => Array.from({ length: n }, () => card()),
  },
  {
    name: "title",
    limit: 80,
    path: "cards[0].title",
    rule: "max_length",
    build: (n) => [card({ title: ascii(n) })],
  },
  {
    name: "title in CJK",
    limit: 80,
    path: "cards[0].title",
    rule: "max_length",
    build: (n) => [card({ title: cjk(n) })],
  },
  {
    name: "title in emoji",
    limit: 80,
    path: "cards[0].title",
    rule: "max_length",
    build: (n) => [card({ title: emoji(n) })],
  },
  {
    name: "subtitle",
    limit: 80,
    path: "cards[0].subtitle",
    rule: "max_length",
    build: (n) => [card({ subtitle: cjk(n) })],
  },
  {
    name: "subtitle in emoji",
    limit: 80,
    path: "cards[0].subtitle",
    rule: "max_length",
    build: (n) => [card({ subtitle: emoji(n) })],
  },
  {
    name: "buttons",
    limit: 3,
    path: "cards[0].buttons",
    rule: "max_items",
    build: (n) => [card({ buttons: Array.from({ length: n }, (_, i) => postback(i)) })],
  },
  {
    name: "button title in CJK",
    limit: 20,
    path: "cards[0].buttons[0].title",
    rule: "max_length",
    build: (n) => [card({ buttons: [{ kind: "url", title: cjk(n), url: "https://example-salon.tw" }] })],
  },
  {
    name: "button payload",
    limit: 1000,
    path: "cards[0].buttons[0].payload",
    rule: "max_length",
    build: (n) => [card({ buttons: [{ kind: "postback", title: "Book", payload: emoji(n) }] })],
  },
]);

describe("compileCards", () => {
  it("renders elements with image, default action and buttons", () => {
    const result = compileCards(
      [
        card({
          imageUrl: "https://example-salon.tw/cut.jpg",
          url: "https://example-salon.tw/cut",
          buttons: [postback(0), { kind: "url", title: "Details", url: "https://example-salon.tw/cut" }],
        }),
        card({ subtitle: undefined, imageUrl: "https://example-salon.tw/nails.jpg", title: "美甲" }),
      ],
      "Messenger",
    );
    expect(result).toEqual({
      ok: true,
      value: {
        attachment: {
          type: "template",
          payload: {
            template_type: "generic",
            elements: [
              {
                title: "Cut & colour",
                subtitle: "90 minutes",
                image_url: "https://example-salon.tw/cut.jpg",
                default_action: { type: "web_url", url: "https://example-salon.tw/cut" },
                buttons: [
                  { type: "postback", title: "Book 0", payload: "book_0" },
                  { type: "web_url", title: "Details", url: "https://example-salon.tw/cut" },
                ],
              },
              { title: "美甲", image_url: "https://example-salon.tw/nails.jpg" },
            ],
          },
        },
      },
    });
  });

  it("needs something beside the title, and http(s) URLs", () => {
    expect(violationsOf([{ title: "Only a title" }])).toEqual([
      {
        path: "cards[0].subtitle",
        rule: "required",
        message:
          "cards[0].subtitle: Messenger needs a subtitle, an image, a link or a button beside the title",
      },
    ]);
    expect(
      violationsOf([card({ imageUrl: "cut.jpg", url: "ftp://x" })]).map((v) => [v.path, v.rule]),
    ).toEqual([
      ["cards[0].imageUrl", "format"],
      ["cards[0].url", "format"],
    ]);
  });
});
