import { describe, expect, it } from "vitest";
import type { OutboundMessage } from "@switchboard/core";
import { compileWebchatMessage } from "./compile-message.js";

const options = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `o${i}`, title: `Option ${i + 1}` }));

/** One message of every neutral kind, each within the web chat's limits. */
const everyKind: OutboundMessage[] = [
  { kind: "text", text: "Hello" },
  { kind: "media", mediaType: "image", source: { url: "https://cdn.example.com/a.jpg" }, caption: "Look" },
  { kind: "location", latitude: 25.03, longitude: 121.56, name: "Taipei 101" },
  { kind: "contacts", contacts: [{ formattedName: "Front desk", phones: [{ phone: "+886 2 1234 5678" }] }] },
  { kind: "reaction", targetMessageId: "wcin_v_1_m1", emoji: "👍" },
  { kind: "choices", style: "auto", body: "Pick one", sections: [{ options: options(3) }] },
  { kind: "cta_url", body: "Our menu", buttonText: "Open", url: "https://example.com/menu" },
  {
    kind: "carousel",
    body: "New this week",
    cards: [
      {
        title: "Rose serum",
        image: { url: "https://cdn.example.com/rose.jpg" },
        buttons: [
          { type: "reply", id: "rose", title: "I want this" },
          { type: "url", title: "Details", url: "https://example.com/rose" },
        ],
      },
    ],
  },
  { kind: "location_request", body: "Where are you?" },
  { kind: "product", catalogId: "c1", productId: "sku-1" },
  {
    kind: "product_list",
    catalogId: "c1",
    header: "New",
    body: "Try these",
    sections: [{ title: "A", productIds: ["p1", "p2"] }],
  },
  { kind: "flow", body: "Book a visit", cta: "Book" },
  { kind: "template", name: "reminder", language: "en", body: [{ type: "text", text: "See you at 19:00" }] },
];

describe("compileWebchatMessage", () => {
  it("has a widget form for every neutral kind", () => {
    const types = everyKind.map((message) => {
      const result = compileWebchatMessage(message);
      expect(result.ok, JSON.stringify(result)).toBe(true);
      return result.ok ? result.value.message.type : "";
    });
    expect(types).toEqual([
      "text",
      "media",
      "location",
      "contacts",
      "reaction",
      "choices",
      "cta",
      "carousel",
      "location_request",
      "product",
      "product",
      "card",
      "card",
    ]);
  });

  it("shows up to ten options as buttons and more as a list sheet", () => {
    const few = compileWebchatMessage({
      kind: "choices",
      style: "auto",
      body: "Pick",
      sections: [{ options: options(10) }],
    });
    const many = compileWebchatMessage({
      kind: "choices",
      style: "auto",
      body: "Pick",
      sections: [{ options: options(11) }],
    });
    expect(few.ok && few.value.message).toMatchObject({ type: "choices", style: "buttons" });
    expect(many.ok && many.value.message).toMatchObject({ type: "choices", style: "list" });
  });

  it("refuses buttons beyond ten, options beyond a hundred and texts beyond 4096 characters", () => {
    const result = compileWebchatMessage({
      kind: "choices",
      style: "buttons",
      body: "x".repeat(4097),
      sections: [{ options: options(101) }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((v) => `${v.path} ${v.rule}`).sort()).toEqual([
      "body max_length",
      "sections max_total_items",
      "sections max_total_items",
    ]);
    expect(result.error.find((v) => v.path === "body")?.message).toBe(
      "body: 4097 characters, Web chat allows 4096",
    );
  });

  it("needs a URL a browser can load, not a platform's media id", () => {
    const result = compileWebchatMessage({
      kind: "media",
      mediaType: "image",
      source: { mediaId: "1234567890" },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.path).toBe("source.mediaId");
  });

  it("refuses a call to action whose link is not http(s)", () => {
    const result = compileWebchatMessage({
      kind: "cta_url",
      body: "Go",
      buttonText: "Open",
      url: "javascript:alert(1)",
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((v) => v.path)).toEqual(["url"]);
  });

  it("shows a template's parameter texts, fallbacks included", () => {
    const result = compileWebchatMessage({
      kind: "template",
      name: "reminder",
      language: "en",
      header: [{ type: "text", text: "Reminder" }],
      body: [
        { type: "text", text: "Anna" },
        { type: "date_time", fallback: "tomorrow 19:00" },
      ],
    });
    expect(result.ok && result.value.message).toEqual({
      type: "card",
      header: "Reminder",
      body: "Anna\ntomorrow 19:00",
    });
  });

  it("refuses more than ten cards, more than three buttons on a card and repeated reply ids", () => {
    const card = (n: number) => ({
      title: `Card ${n}`,
      buttons: [
        { type: "reply" as const, id: "same", title: "Pick" },
        { type: "url" as const, title: "More", url: "https://example.com" },
      ],
    });
    const result = compileWebchatMessage({
      kind: "carousel",
      cards: [
        ...Array.from({ length: 10 }, (_, n) => card(n)),
        {
          title: "Eleventh",
          buttons: [1, 2, 3, 4].map((n) => ({ type: "reply" as const, id: `r${n}`, title: "x" })),
        },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const rules = result.error.map((v) => `${v.path} ${v.rule}`);
    expect(rules).toContain("cards max_items");
    expect(rules).toContain("cards[10].buttons max_items");
    expect(rules.filter((r) => r.endsWith("unique"))).toHaveLength(9);
  });
});
