// Reply buttons: every limit at N and N+1, the refusals that replace truncation, and the payload.
import { describe, expect, it } from "vitest";
import { compileWhatsAppMessage } from "./compile-message.js";
import {
  type Choices,
  type Option,
  describeLimits,
  options,
  violationsOf,
} from "./limit-cases.test-support.js";

const buttons = (patch: Partial<Choices> = {}): Choices => ({
  kind: "choices",
  style: "buttons",
  body: "Pick one",
  sections: [{ options: options(2) }],
  ...patch,
});

const withOptions = (...list: Option[]): Choices => buttons({ sections: [{ options: list }] });

describeLimits("reply buttons limits", [
  {
    name: "body",
    limit: 1024,
    path: "body",
    rule: "max_length",
    build: (n) => buttons({ body: "b".repeat(n) }),
  },
  {
    name: "header text",
    limit: 60,
    path: "header.text",
    rule: "max_length",
    build: (n) => buttons({ header: { type: "text", text: "h".repeat(n) } }),
  },
  {
    name: "footer",
    limit: 60,
    path: "footer",
    rule: "max_length",
    build: (n) => buttons({ footer: "f".repeat(n) }),
  },
  {
    name: "button id",
    limit: 256,
    path: "sections[0].options[0].id",
    rule: "max_length",
    build: (n) => withOptions({ id: "i".repeat(n), title: "A" }),
  },
  {
    name: "button title",
    limit: 20,
    path: "sections[0].options[0].title",
    rule: "max_length",
    build: (n) => withOptions({ id: "a", title: "t".repeat(n) }),
  },
  {
    name: "button title in CJK",
    limit: 20,
    path: "sections[0].options[0].title",
    rule: "max_length",
    build: (n) => withOptions({ id: "a", title: "預約試妝".repeat(5).padEnd(n, "預") }),
  },
  {
    name: "button title in emoji, counted in UTF-16 units",
    limit: 20,
    path: "sections[0].options[0].title",
    rule: "max_length",
    build: (n) => withOptions({ id: "a", title: "😀".repeat(Math.floor(n / 2)) + "a".repeat(n % 2) }),
  },
  {
    name: "buttons",
    limit: 3,
    path: "sections[0].options",
    rule: "max_items",
    build: (n) => withOptions(...options(n)),
  },
  {
    name: "buttons minimum",
    limit: 1,
    path: "sections[0].options",
    rule: "min_items",
    build: (n) => withOptions(...options(n)),
  },
  {
    name: "sections",
    limit: 1,
    path: "sections",
    rule: "max_items",
    build: (n) =>
      buttons({
        sections: Array.from({ length: n }, (_, s) => ({ options: [{ id: `s${s}`, title: `S${s}` }] })),
      }),
  },
]);

describe("reply buttons rules", () => {
  it("refuses two family emoji as a title: 14 code points but 22 UTF-16 units", () => {
    expect(violationsOf(withOptions({ id: "a", title: "👩‍👩‍👧‍👦".repeat(2) }))).toEqual([
      {
        path: "sections[0].options[0].title",
        rule: "max_length",
        message: "sections[0].options[0].title: 22 UTF-16 units (14 code points), WhatsApp allows 20",
        limit: 20,
        actual: 22,
      },
    ]);
  });

  it("refuses repeated titles and ids instead of de-duplicating them", () => {
    const violations = violationsOf(
      withOptions({ id: "a", title: "Yes" }, { id: "b", title: "Yes" }, { id: "a", title: "No" }),
    );
    expect(violations).toEqual([
      expect.objectContaining({ path: "sections[0].options[2].id", rule: "unique" }),
      expect.objectContaining({ path: "sections[0].options[1].title", rule: "unique" }),
    ]);
    expect(violations[1]?.message).toBe(
      'sections[0].options[1].title: "Yes" repeats sections[0].options[0].title, WhatsApp needs unique button titles',
    );
  });

  it("refuses descriptions and section titles, which reply buttons cannot show", () => {
    const message = buttons({
      sections: [{ title: "Sizes", options: [{ id: "s", title: "S", description: "Small" }] }],
    });
    expect(violationsOf(message)).toEqual([
      expect.objectContaining({ path: "sections[0].title", rule: "not_allowed" }),
      expect.objectContaining({ path: "sections[0].options[0].description", rule: "not_allowed" }),
    ]);
  });

  it("refuses ids with surrounding spaces, blank titles and a blank body", () => {
    expect(violationsOf(buttons({ body: " ", sections: [{ options: [{ id: " a", title: "" }] }] }))).toEqual([
      expect.objectContaining({ path: "body", rule: "required" }),
      expect.objectContaining({ path: "sections[0].options[0].id", rule: "no_surrounding_spaces" }),
      expect.objectContaining({ path: "sections[0].options[0].title", rule: "required" }),
    ]);
  });

  it("refuses a header image that is not an http(s) link", () => {
    const message = buttons({ header: { type: "image", source: { url: "ftp://cdn.example.com/a.jpg" } } });
    expect(violationsOf(message)).toEqual([
      expect.objectContaining({ path: "header.source.url", rule: "format" }),
    ]);
  });
});

describe("reply buttons payload", () => {
  it("renders the A3.2 example", () => {
    const message = withOptions({ id: "opt_a", title: "Option A" }, { id: "opt_b", title: "Option B" });
    expect(compileWhatsAppMessage(message)).toEqual({
      ok: true,
      value: {
        type: "interactive",
        interactive: {
          type: "button",
          body: { text: "Pick one" },
          action: {
            buttons: [
              { type: "reply", reply: { id: "opt_a", title: "Option A" } },
              { type: "reply", reply: { id: "opt_b", title: "Option B" } },
            ],
          },
        },
      },
    });
  });

  it("renders a media header and a footer", () => {
    const message = buttons({
      header: { type: "image", source: { mediaId: "1013859600285441" } },
      body: "預約試妝?",
      footer: "Reply below",
      sections: [{ options: [{ id: "book:yes", title: "預約試妝" }] }],
    });
    expect(compileWhatsAppMessage(message)).toEqual({
      ok: true,
      value: {
        type: "interactive",
        interactive: {
          type: "button",
          header: { type: "image", image: { id: "1013859600285441" } },
          body: { text: "預約試妝?" },
          footer: { text: "Reply below" },
          action: { buttons: [{ type: "reply", reply: { id: "book:yes", title: "預約試妝" } }] },
        },
      },
    });
  });
});
