// Lists: every limit at N and N+1 (rows counted across sections), the rules, and the payload.
import { describe, expect, it } from "vitest";
import { compileWhatsAppMessage } from "./compile-message.js";
import {
  type Choices,
  type Option,
  describeLimits,
  options,
  violationsOf,
} from "./limit-cases.test-support.js";

const list = (patch: Partial<Choices> = {}): Choices => ({
  kind: "choices",
  style: "list",
  body: "Choose",
  listButton: "Options",
  sections: [{ title: "Fast", options: [{ id: "express", title: "Express", description: "1-2 days" }] }],
  ...patch,
});

const withOption = (option: Option): Choices => list({ sections: [{ options: [option] }] });

describeLimits("list limits", [
  {
    name: "body",
    limit: 4096,
    path: "body",
    rule: "max_length",
    build: (n) => list({ body: "b".repeat(n) }),
  },
  {
    name: "header text",
    limit: 60,
    path: "header.text",
    rule: "max_length",
    build: (n) => list({ header: { type: "text", text: "h".repeat(n) } }),
  },
  {
    name: "footer",
    limit: 60,
    path: "footer",
    rule: "max_length",
    build: (n) => list({ footer: "f".repeat(n) }),
  },
  {
    name: "list button",
    limit: 20,
    path: "listButton",
    rule: "max_length",
    build: (n) => list({ listButton: "l".repeat(n) }),
  },
  {
    name: "sections",
    limit: 10,
    path: "sections",
    rule: "max_items",
    build: (n) =>
      list({
        sections: Array.from({ length: n }, (_, s) => ({
          title: `Section ${s}`,
          options: options(1, `s${s}`),
        })),
      }),
  },
  {
    name: "sections minimum",
    limit: 1,
    path: "sections",
    rule: "min_items",
    build: (n) => list({ sections: list().sections.slice(0, n) }),
  },
  {
    name: "rows in one section",
    limit: 10,
    path: "sections",
    rule: "max_total_items",
    build: (n) => list({ sections: [{ options: options(n) }] }),
  },
  {
    name: "rows across sections (not per section)",
    limit: 10,
    path: "sections",
    rule: "max_total_items",
    build: (n) =>
      list({
        sections: [
          { title: "First", options: options(5, "a") },
          { title: "Second", options: options(n - 5, "b") },
        ],
      }),
  },
  {
    name: "rows in a section minimum",
    limit: 1,
    path: "sections[1].options",
    rule: "min_items",
    build: (n) =>
      list({
        sections: [
          { title: "A", options: options(1, "a") },
          { title: "B", options: options(n, "b") },
        ],
      }),
  },
  {
    name: "section title",
    limit: 24,
    path: "sections[0].title",
    rule: "max_length",
    build: (n) => list({ sections: [{ title: "s".repeat(n), options: options(1) }] }),
  },
  {
    name: "row id",
    limit: 200,
    path: "sections[0].options[0].id",
    rule: "max_length",
    build: (n) => withOption({ id: "i".repeat(n), title: "Row" }),
  },
  {
    name: "row title",
    limit: 24,
    path: "sections[0].options[0].title",
    rule: "max_length",
    build: (n) => withOption({ id: "a", title: "t".repeat(n) }),
  },
  {
    name: "row description",
    limit: 72,
    path: "sections[0].options[0].description",
    rule: "max_length",
    build: (n) => withOption({ id: "a", title: "Row", description: "d".repeat(n) }),
  },
  {
    name: "row description in CJK",
    limit: 72,
    path: "sections[0].options[0].description",
    rule: "max_length",
    build: (n) => withOption({ id: "a", title: "Row", description: "預約試妝".repeat(18).padEnd(n, "妝") }),
  },
]);

describe("list rules", () => {
  it("refuses 3 sections of 10 rows as one violation on the total", () => {
    const sections = ["a", "b", "c"].map((prefix) => ({ title: prefix, options: options(10, prefix) }));
    expect(violationsOf(list({ sections }))).toEqual([
      {
        path: "sections",
        rule: "max_total_items",
        message: "sections: 30 items in total across all sections, WhatsApp allows 10",
        limit: 10,
        actual: 30,
      },
    ]);
  });

  it("needs the list button label, and section titles once there are two sections", () => {
    const sections = [{ options: options(1, "a") }, { title: "B", options: options(1, "b") }];
    expect(violationsOf(list({ listButton: undefined, sections }))).toEqual([
      expect.objectContaining({ path: "listButton", rule: "required" }),
      expect.objectContaining({ path: "sections[0].title", rule: "required" }),
    ]);
  });

  it("refuses a media header", () => {
    const message = list({ header: { type: "video", source: { mediaId: "42" } } });
    expect(violationsOf(message)).toEqual([
      {
        path: "header",
        rule: "not_allowed",
        message: "header: WhatsApp lists take a text header only, not video",
      },
    ]);
  });

  it("refuses a row id repeated in another section", () => {
    const sections = [
      { title: "A", options: [{ id: "same", title: "One" }] },
      { title: "B", options: [{ id: "same", title: "Two" }] },
    ];
    expect(violationsOf(list({ sections }))).toEqual([
      expect.objectContaining({ path: "sections[1].options[0].id", rule: "unique" }),
    ]);
  });
});

describe("list payload", () => {
  it("renders the A3.2 example", () => {
    const message = list({ header: { type: "text", text: "Shipping" } });
    expect(compileWhatsAppMessage(message)).toEqual({
      ok: true,
      value: {
        type: "interactive",
        interactive: {
          type: "list",
          header: { type: "text", text: "Shipping" },
          body: { text: "Choose" },
          action: {
            button: "Options",
            sections: [
              { title: "Fast", rows: [{ id: "express", title: "Express", description: "1-2 days" }] },
            ],
          },
        },
      },
    });
  });

  it("leaves out a blank footer, section title and description", () => {
    const message = list({
      footer: "",
      sections: [{ title: " ", options: [{ id: "a", title: "A", description: "" }] }],
    });
    expect(compileWhatsAppMessage(message)).toEqual({
      ok: true,
      value: {
        type: "interactive",
        interactive: {
          type: "list",
          body: { text: "Choose" },
          action: { button: "Options", sections: [{ rows: [{ id: "a", title: "A" }] }] },
        },
      },
    });
  });
});
