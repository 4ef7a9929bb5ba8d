// Every LINE limit the compiler checks, at N (accepted) and N+1 (refused), in ASCII, CJK and emoji.
import type { OutboundMessage } from "@switchboard/core";
import { choicePostbackData } from "./choice-postback.js";
import {
  bytesSized,
  choice,
  describeLimits,
  options,
  sized,
  type LimitCase,
} from "./limit-cases.test-support.js";

const SCRIPTS = ["ascii", "cjk", "emoji"] as const;

/** One case per script for a text limit. */
function inEveryScript(
  name: string,
  limit: number,
  path: string,
  build: (text: string) => OutboundMessage,
): LimitCase[] {
  return SCRIPTS.map((script) => ({
    name: `${name} in ${script}`,
    limit,
    path,
    rule: "max_length",
    build: (n: number) => build(sized(n, script)),
  }));
}

const IMAGE = { type: "image" as const, source: { url: "https://cdn.example.com/menu.jpg" } };
const titled = (title: string) => [{ id: "a", title }, ...options(2)];

describeLimits("text messages", [
  ...inEveryScript("text", 5000, "text", (text) => ({ kind: "text", text })),
  ...inEveryScript("media caption", 5000, "caption", (caption) => ({
    kind: "media",
    mediaType: "image",
    source: { url: "https://cdn.example.com/a.jpg" },
    caption,
  })),
  ...inEveryScript("location request body", 5000, "body", (body) => ({ kind: "location_request", body })),
  ...inEveryScript("location title", 100, "name", (name) => ({
    kind: "location",
    latitude: 25.03,
    longitude: 121.56,
    name,
  })),
  ...inEveryScript("location address", 100, "address", (address) => ({
    kind: "location",
    latitude: 25.03,
    longitude: 121.56,
    address,
  })),
]);

describeLimits("buttons template", [
  ...inEveryScript("text without title or image", 160, "body", (body) => choice(3, { body })),
  ...inEveryScript("text with a title", 60, "body", (body) =>
    choice(3, { body, header: { type: "text", text: "Menu" } }),
  ),
  ...inEveryScript("text with an image", 60, "body", (body) => choice(3, { body, header: IMAGE })),
  ...inEveryScript("title", 40, "header.text", (text) => choice(3, { header: { type: "text", text } })),
  ...inEveryScript("button label", 20, "sections[0].options[0].title", (title) =>
    choice(3, { sections: [{ options: titled(title) }] }),
  ),
  {
    name: "actions",
    limit: 4,
    path: "sections[0].options",
    rule: "max_items",
    build: (n) => choice(n, { style: "buttons" }),
  },
  {
    name: "image URL",
    limit: 2000,
    path: "header.source.url",
    rule: "max_length",
    build: (n) =>
      choice(3, {
        header: { type: "image", source: { url: `https://cdn.example.com/${"i".repeat(n - 24)}` } },
      }),
  },
]);

describeLimits("confirm template", [
  ...inEveryScript("text", 240, "body", (body) => choice(2, { body })),
  ...inEveryScript("button label", 20, "sections[0].options[0].title", (title) =>
    choice(2, {
      sections: [
        {
          options: [
            { id: "a", title },
            { id: "b", title: "No" },
          ],
        },
      ],
    }),
  ),
]);

describeLimits("quick replies", [
  ...inEveryScript("text", 5000, "body", (body) => choice(5, { body })),
  ...inEveryScript("button label", 20, "sections[0].options[0].title", (title) =>
    choice(5, { sections: [{ options: [{ id: "a", title }, ...options(4)] }] }),
  ),
]);

const OVERHEAD = Buffer.byteLength(choicePostbackData({ id: "", title: "A" }));

describeLimits(
  "postback data",
  SCRIPTS.map((script) => ({
    name: `id and title in ${script}`,
    limit: 300,
    path: "sections[0].options[0].id",
    rule: "max_bytes",
    build: (n: number) =>
      choice(3, {
        sections: [{ options: [{ id: bytesSized(n - OVERHEAD, script), title: "A" }, ...options(2)] }],
      }),
  })),
);

describeLimits("Flex message", [
  ...inEveryScript("body, also the altText", 400, "body", (body) => choice(3, { style: "list", body })),
  ...inEveryScript("button label", 20, "sections[0].options[0].title", (title) =>
    choice(3, { style: "list", sections: [{ options: titled(title) }] }),
  ),
  {
    name: "bubbles, one per section",
    limit: 12,
    path: "sections",
    rule: "max_items",
    build: (n) =>
      choice(0, {
        style: "list",
        sections: Array.from({ length: n }, (_, s) => ({
          title: `Day ${s + 1}`,
          options: options(1, `day${s}`),
        })),
      }),
  },
  {
    name: "bubbles, ten options each",
    limit: 12,
    path: "sections",
    rule: "max_items",
    build: (n) => choice(n * 10, { style: "list" }),
  },
]);

describeLimits("carousel template", [
  ...inEveryScript("column text, with the title", 60, "sections[0].options[0].description", (description) =>
    choice(0, {
      sections: [
        {
          options: [
            { id: "a", title: "Latte", description },
            { id: "b", title: "Mocha", description: "Chocolate" },
          ],
        },
      ],
    }),
  ),
  ...inEveryScript("altText (the body)", 400, "body", (body) =>
    choice(0, { body, sections: [{ options: [{ id: "a", title: "Latte", description: "Milk" }] }] }),
  ),
]);

const cta = (patch: { body?: string; buttonText?: string; url?: string; footer?: string }) => ({
  kind: "cta_url" as const,
  body: "See our menu",
  buttonText: "Open menu",
  url: "https://example.com/menu",
  ...patch,
});

describeLimits("call to action", [
  ...inEveryScript("button label", 20, "buttonText", (buttonText) => cta({ buttonText })),
  ...inEveryScript("buttons template text", 160, "body", (body) => cta({ body })),
  ...inEveryScript("Flex body with a footer", 400, "body", (body) => cta({ body, footer: "Open 9–21" })),
  {
    name: "uri",
    limit: 1000,
    path: "url",
    rule: "max_length",
    build: (n) => cta({ url: `https://example.com/${"u".repeat(n - 20)}` }),
  },
]);
