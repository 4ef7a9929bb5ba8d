// Template header and body parameters: limits at N and N+1, types, names and text format.
import { describe, expect, it } from "vitest";
import { describeLimits, template, violationsOf } from "./limit-cases.test-support.js";

describeLimits("template parameter limits", [
  {
    name: "header text parameter",
    limit: 60,
    path: "header[0].text",
    rule: "max_length",
    build: (n) => template({ header: [{ type: "text", text: "h".repeat(n) }] }),
  },
  {
    name: "header text parameter in CJK",
    limit: 60,
    path: "header[0].text",
    rule: "max_length",
    build: (n) => template({ header: [{ type: "text", text: "預約試妝".repeat(15).padEnd(n, "妝") }] }),
  },
  {
    name: "header parameters",
    limit: 1,
    path: "header",
    rule: "max_items",
    build: (n) => template({ header: Array.from({ length: n }, () => ({ type: "text", text: "Jessica" })) }),
  },
  {
    name: "body text parameter",
    limit: 1024,
    path: "body[0].text",
    rule: "max_length",
    build: (n) => template({ body: [{ type: "text", text: "b".repeat(n) }] }),
  },
]);

describe("template parameter rules", () => {
  it.each(["line one\nline two", "tab\there", "five     spaces", ""])(
    "refuses the text parameter %j",
    (text) => {
      const violations = violationsOf(template({ body: [{ type: "text", text }] }));
      expect(violations).toEqual([
        expect.objectContaining({ path: "body[0].text", rule: text === "" ? "required" : "format" }),
      ]);
    },
  );

  it("accepts four spaces in a row", () => {
    expect(violationsOf(template({ body: [{ type: "text", text: "four    spaces" }] }))).toEqual([]);
  });

  it("refuses parameter types a component does not take", () => {
    const message = template({
      header: [{ type: "date_time", fallback: "May 1" }],
      body: [{ type: "image", source: { mediaId: "1" } }],
    });
    expect(violationsOf(message)).toEqual([
      expect.objectContaining({ path: "header[0].type", rule: "not_allowed" }),
      expect.objectContaining({ path: "body[0].type", rule: "not_allowed" }),
    ]);
  });

  it("needs all parameters of a component named or none, with valid unique names", () => {
    const message = template({
      body: [
        { type: "text", text: "Jessica", name: "first_name" },
        { type: "text", text: "SKBUP2" },
        { type: "text", text: "Jess", name: "first_name" },
        { type: "currency", fallback: "$10", code: "usd", amount1000: 10000, name: "Total" },
      ],
    });
    expect(violationsOf(message)).toEqual([
      expect.objectContaining({ path: "body[3].name", rule: "format" }),
      expect.objectContaining({ path: "body[2].name", rule: "unique" }),
      expect.objectContaining({ path: "body[1].name", rule: "required" }),
      expect.objectContaining({ path: "body[3].code", rule: "format" }),
    ]);
  });

  it("refuses a file name on an image header", () => {
    const message = template({
      header: [{ type: "image", source: { url: "https://cdn.example.com/a.png" }, filename: "a.png" }],
    });
    expect(violationsOf(message)).toEqual([
      expect.objectContaining({ path: "header[0].filename", rule: "not_allowed" }),
    ]);
  });
});
