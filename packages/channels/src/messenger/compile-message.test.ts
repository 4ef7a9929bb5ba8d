// The Messenger compiler: every limit at N and N+1 (ASCII, CJK, emoji), the form a choice takes, the
// payloads produced, and the kinds Messenger cannot carry.
import type { LimitViolation, OutboundMessage } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { compileMessengerMessage } from "./compile-message.js";
import {
  ascii,
  type Choices,
  cjk,
  describeLimits,
  emoji,
  type Option,
  options,
} from "./limit-cases.test-support.js";

const violationsOf = (message: OutboundMessage): LimitViolation[] => {
  const result = compileMessengerMessage(message);
  return result.ok ? [] : result.error;
};

const choices = (style: Choices["style"], list: Option[], patch: Partial<Choices> = {}): Choices => ({
  kind: "choices",
  style,
  body: "Pick a time",
  sections: [{ options: list }],
  ...patch,
});
const one = (patch: Partial<Option>): Option[] => [{ id: "a", title: "A", ...patch }];
const text = (value: string): OutboundMessage => ({ kind: "text", text: value });
const cta = (patch: Partial<Extract<OutboundMessage, { kind: "cta_url" }>> = {}): OutboundMessage => ({
  kind: "cta_url",
  body: "See the menu",
  buttonText: "Open menu",
  url: "https://example-salon.tw/menu",
  ...patch,
});

describeLimits("Messenger text", violationsOf, [
  { name: "text", limit: 2000, path: "text", rule: "max_length", build: (n) => text(ascii(n)) },
  { name: "text in CJK", limit: 2000, path: "text", rule: "max_length", build: (n) => text(cjk(n)) },
  { name: "text in emoji", limit: 2000, path: "text", rule: "max_length", build: (n) => text(emoji(n)) },
]);

describeLimits("Messenger button template (style buttons)", violationsOf, [
  {
    name: "text",
    limit: 640,
    path: "body",
    rule: "max_length",
    build: (n) => choices("buttons", options(2), { body: ascii(n) }),
  },
  {
    name: "text in CJK",
    limit: 640,
    path: "body",
    rule: "max_length",
    build: (n) => choices("buttons", options(2), { body: cjk(n) }),
  },
  {
    name: "text in emoji",
    limit: 640,
    path: "body",
    rule: "max_length",
    build: (n) => choices("buttons", options(2), { body: emoji(n) }),
  },
  {
    name: "buttons",
    limit: 3,
    path: "sections[0].options",
    rule: "max_items",
    build: (n) => choices("buttons", options(n)),
  },
  {
    name: "buttons minimum",
    limit: 1,
    path: "sections[0].options",
    rule: "min_items",
    build: (n) => choices("buttons", options(n)),
  },
  {
    name: "title",
    limit: 20,
    path: "sections[0].options[0].title",
    rule: "max_length",
    build: (n) => choices("buttons", one({ title: ascii(n) })),
  },
  {
    name: "title in CJK",
    limit: 20,
    path: "sections[0].options[0].title",
    rule: "max_length",
    build: (n) => choices("buttons", one({ title: cjk(n) })),
  },
  {
    name: "title in emoji",
    limit: 20,
    path: "sections[0].options[0].title",
    rule: "max_length",
    build: (n) => choices("buttons", one({ title: emoji(n) })),
  },
  {
    name: "payload",
    limit: 1000,
    path: "sections[0].options[0].id",
    rule: "max_length",
    build: (n) => choices("buttons", one({ id: ascii(n) })),
  },
  {
    name: "payload in CJK",
    limit: 1000,
    path: "sections[0].options[0].id",
    rule: "max_length",
    build: (n) => choices("buttons", one({ id: cjk(n) })),
  },
]);

describeLimits("Messenger quick replies (style list)", violationsOf, [
  {
    name: "quick replies",
    limit: 13,
    path: "sections[0].options",
    rule: "max_items",
    build: (n) => choices("list", options(n)),
  },
  {
    name: "quick replies minimum",
    limit: 1,
    path: "sections[0].options",
    rule: "min_items",
    build: (n) => choices("list", options(n)),
  },
  {
    name: "quick replies, auto",
    limit: 13,
    path: "sections[0].options",
    rule: "max_items",
    build: (n) => choices("auto", options(n)),
  },
  {
    name: "quick replies over two sections",
    limit: 13,
    path: "sections",
    rule: "max_total_items",
    build: (n) =>
      choices("list", [], { sections: [{ options: options(6, "a") }, { options: options(n - 6, "b") }] }),
  },
  {
    name: "title",
    limit: 20,
    path: "sections[0].options[0].title",
    rule: "max_length",
    build: (n) => choices("list", one({ title: ascii(n) })),
  },
  {
    name: "title in CJK",
    limit: 20,
    path: "sections[0].options[0].title",
    rule: "max_length",
    build: (n) => choices("list", one({ title: cjk(n) })),
  },
  {
    name: "title in emoji",
    limit: 20,
    path: "sections[0].options[0].title",
    rule: "max_length",
    build: (n) => choices("list", one({ title: emoji(n) })),
  },
  {
    name: "payload",
    limit: 1000,
    path: "sections[0].options[0].id",
    rule: "max_length",
    build: (n) => choices("list", one({ id: ascii(n) })),
  },
  {
    name: "payload in emoji",
    limit: 1000,
    path: "sections[0].options[0].id",
    rule: "max_length",
    build: (n) => choices("list", one({ id: emoji(n) })),
  },
  {
    name: "text",
    limit: 2000,
    path: "body",
    rule: "max_length",
    build: (n) => choices("list", options(4), { body: cjk(n) }),
  },
]);

describeLimits("Messenger link button (cta_url)", violationsOf, [
  { name: "text", limit: 640, path: "body", rule: "max_length", build: (n) => cta({ body: cjk(n) }) },
  {
    name: "button title",
    limit: 20,
    path: "buttonText",
    rule: "max_length",
    build: (n) => cta({ buttonText: emoji(n) }),
  },
]);

describe("compileMessengerMessage: forms and payloads", () => {
  it("auto: up to 3 options is a button template of postback buttons carrying the option ids", () => {
    const result = compileMessengerMessage(choices("auto", options(3)));
    expect(result).toEqual({
      ok: true,
      value: {
        attachment: {
          type: "template",
          payload: {
            template_type: "button",
            text: "Pick a time",
            buttons: [0, 1, 2].map((i) => ({ type: "postback", title: `Option ${i}`, payload: `opt_${i}` })),
          },
        },
      },
    });
  });

  it("auto: 4 to 13 options are quick replies on the body text", () => {
    const result = compileMessengerMessage(choices("auto", options(8)));
    expect(result.ok && result.value).toEqual({
      text: "Pick a time",
      quick_replies: options(8).map((o) => ({ content_type: "text", title: o.title, payload: o.id })),
    });
  });

  it("style list keeps even 2 options as quick replies, in section order", () => {
    const message = choices("list", [], {
      sections: [{ options: options(1, "a") }, { options: options(1, "b") }],
    });
    const result = compileMessengerMessage(message);
    expect(result.ok && result.value).toEqual({
      text: "Pick a time",
      quick_replies: [
        { content_type: "text", title: "Option 0", payload: "a_0" },
        { content_type: "text", title: "Option 0", payload: "b_0" },
      ],
    });
  });

  it("refuses what neither form can show, and repeated, blank or padded ids, all at once", () => {
    const message = choices("buttons", [], {
      header: { type: "text", text: "Salon" },
      footer: "Reply STOP to opt out",
      sections: [
        {
          title: "Saturday",
          options: [
            { id: "a", title: "Morning", description: "9–12" },
            { id: "a", title: "Noon" },
            { id: " b", title: "" },
          ],
        },
      ],
    });
    expect(violationsOf(message).map((v) => [v.path, v.rule])).toEqual([
      ["header", "not_allowed"],
      ["footer", "not_allowed"],
      ["sections[0].title", "not_allowed"],
      ["sections[0].options[0].description", "not_allowed"],
      ["sections[0].options[2].id", "no_surrounding_spaces"],
      ["sections[0].options[2].title", "required"],
      ["sections[0].options[1].id", "unique"],
    ]);
  });

  it("a link button is a button template with one web_url button", () => {
    const result = compileMessengerMessage(cta());
    expect(result.ok && result.value).toEqual({
      attachment: {
        type: "template",
        payload: {
          template_type: "button",
          text: "See the menu",
          buttons: [{ type: "web_url", title: "Open menu", url: "https://example-salon.tw/menu" }],
        },
      },
    });
    expect(violationsOf(cta({ url: "example-salon.tw" }))).toEqual([
      expect.objectContaining({ path: "url", rule: "format" }),
    ]);
  });

  it("media by URL is a reusable attachment; by id an attachment_id; documents are files", () => {
    const url = "https://example-salon.tw/menu.pdf";
    const byUrl = compileMessengerMessage({ kind: "media", mediaType: "document", source: { url } });
    expect(byUrl.ok && byUrl.value).toEqual({
      attachment: { type: "file", payload: { url, is_reusable: true } },
    });
    const byId = compileMessengerMessage({
      kind: "media",
      mediaType: "image",
      source: { mediaId: "1857777774821032" },
    });
    expect(byId.ok && byId.value).toEqual({
      attachment: { type: "image", payload: { attachment_id: "1857777774821032" } },
    });
  });

  it("refuses captions, file names and stickers instead of dropping them", () => {
    const message: OutboundMessage = {
      kind: "media",
      mediaType: "sticker",
      source: { url: "https://example-salon.tw/s.webp" },
      caption: "Hi",
      filename: "s.webp",
    };
    expect(violationsOf(message).map((v) => [v.path, v.rule])).toEqual([
      ["caption", "not_allowed"],
      ["filename", "not_allowed"],
      ["mediaType", "not_allowed"],
    ]);
  });

  it.each<[string, OutboundMessage]>([
    ["location_request", { kind: "location_request", body: "Where are you?" }],
    ["template", { kind: "template", name: "order_confirmation", language: "en_US" }],
    ["location", { kind: "location", latitude: 25.03, longitude: 121.56 }],
    ["contacts", { kind: "contacts", contacts: [{ formattedName: "Mei" }] }],
    ["reaction", { kind: "reaction", targetMessageId: "m_1", emoji: "👍" }],
    ["product", { kind: "product", catalogId: "c", productId: "p" }],
    ["product_list", { kind: "product_list", catalogId: "c", header: "h", body: "b", sections: [] }],
    ["flow", { kind: "flow", body: "b", cta: "Open" }],
  ])("refuses %s with rule unsupported_kind on path kind", (kind, message) => {
    const [violation, ...others] = violationsOf(message);
    expect(others).toEqual([]);
    expect(violation).toMatchObject({ path: "kind", rule: "unsupported_kind" });
    expect(violation?.message).toContain(`"${kind}"`);
    expect(violation?.message).toContain("Messenger");
  });

  it("a text is just the text, and a blank one is required", () => {
    expect(compileMessengerMessage(text("預約 😀"))).toEqual({ ok: true, value: { text: "預約 😀" } });
    expect(violationsOf(text(" "))).toEqual([expect.objectContaining({ path: "text", rule: "required" })]);
  });

  it("never changes the neutral message", () => {
    const message = choices("auto", options(20));
    const before = structuredClone(message);
    compileMessengerMessage(message);
    expect(message).toEqual(before);
  });
});
