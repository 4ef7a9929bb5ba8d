// The Instagram compiler: its text limit in UTF-8 bytes, Messenger's numbers elsewhere, at N and N+1.
import type { LimitViolation, OutboundMessage } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import {
  ascii,
  type Choices,
  cjk,
  describeLimits,
  emoji,
  type Option,
  options,
} from "../messenger/limit-cases.test-support.js";
import { compileInstagramMessage } from "./compile-message.js";

const violationsOf = (message: OutboundMessage): LimitViolation[] => {
  const result = compileInstagramMessage(message);
  return result.ok ? [] : result.error;
};
const text = (value: string): OutboundMessage => ({ kind: "text", text: value });
const choices = (style: Choices["style"], list: Option[], patch: Partial<Choices> = {}): Choices => ({
  kind: "choices",
  style,
  body: "Which size?",
  sections: [{ options: list }],
  ...patch,
});
/** `n` UTF-8 bytes of CJK (3 bytes each), padded with ASCII. */
const cjkBytes = (n: number) => "號".repeat(Math.floor(n / 3)) + "a".repeat(n % 3);
/** `n` UTF-8 bytes of emoji (4 bytes each), padded with ASCII. */
const emojiBytes = (n: number) => "😀".repeat(Math.floor(n / 4)) + "a".repeat(n % 4);

describeLimits("Instagram text (UTF-8 bytes)", violationsOf, [
  { name: "text", limit: 1000, path: "text", rule: "max_bytes", build: (n) => text(ascii(n)) },
  { name: "text in CJK", limit: 1000, path: "text", rule: "max_bytes", build: (n) => text(cjkBytes(n)) },
  { name: "text in emoji", limit: 1000, path: "text", rule: "max_bytes", build: (n) => text(emojiBytes(n)) },
  {
    name: "quick replies text in CJK",
    limit: 1000,
    path: "body",
    rule: "max_bytes",
    build: (n) => choices("list", options(4), { body: cjkBytes(n) }),
  },
]);

describeLimits("Instagram quick replies and templates", violationsOf, [
  {
    name: "quick replies",
    limit: 13,
    path: "sections[0].options",
    rule: "max_items",
    build: (n) => choices("auto", options(n)),
  },
  {
    name: "quick reply title in CJK",
    limit: 20,
    path: "sections[0].options[0].title",
    rule: "max_length",
    build: (n) => choices("list", [{ id: "m", title: cjk(n) }]),
  },
  {
    name: "quick reply payload in emoji",
    limit: 1000,
    path: "sections[0].options[0].id",
    rule: "max_length",
    build: (n) => choices("list", [{ id: emoji(n), title: "M" }]),
  },
  {
    name: "buttons",
    limit: 3,
    path: "sections[0].options",
    rule: "max_items",
    build: (n) => choices("buttons", options(n)),
  },
  {
    name: "button template text in CJK",
    limit: 640,
    path: "body",
    rule: "max_length",
    build: (n) => choices("buttons", options(2), { body: cjk(n) }),
  },
  {
    name: "button title in emoji",
    limit: 20,
    path: "sections[0].options[0].title",
    rule: "max_length",
    build: (n) => choices("buttons", [{ id: "m", title: emoji(n) }]),
  },
]);

describe("compileInstagramMessage", () => {
  it("counts bytes: 333 CJK characters fit, 334 do not, while Messenger takes 2000", () => {
    expect(violationsOf(text("號".repeat(333)))).toEqual([]);
    expect(violationsOf(text("號".repeat(334)))).toEqual([
      {
        path: "text",
        rule: "max_bytes",
        message: "text: 1002 UTF-8 bytes (334 characters), Instagram allows 1000 bytes",
        limit: 1000,
        actual: 1002,
      },
    ]);
  });

  it("renders choices as Messenger does and names Instagram in violations", () => {
    const result = compileInstagramMessage(choices("auto", options(2)));
    expect(result.ok && result.value).toEqual({
      attachment: {
        type: "template",
        payload: {
          template_type: "button",
          text: "Which size?",
          buttons: [
            { type: "postback", title: "Option 0", payload: "opt_0" },
            { type: "postback", title: "Option 1", payload: "opt_1" },
          ],
        },
      },
    });
    const [violation] = violationsOf({ kind: "template", name: "x", language: "en" });
    expect(violation).toMatchObject({ path: "kind", rule: "unsupported_kind" });
    expect(violation?.message).toContain("Instagram");
  });

  it("sends a PDF as a file and refuses a blank text", () => {
    const url = "https://example-salon.tw/price-list.pdf";
    const result = compileInstagramMessage({ kind: "media", mediaType: "document", source: { url } });
    expect(result.ok && result.value).toEqual({
      attachment: { type: "file", payload: { url, is_reusable: true } },
    });
    expect(violationsOf(text(""))).toEqual([
      { path: "text", rule: "required", message: "text: required, Instagram refuses it empty" },
    ]);
  });
});
