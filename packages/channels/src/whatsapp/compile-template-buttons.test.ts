// Template button parameters: limits at N and N+1, indexes and required values.
import type { TemplateButtonParameter } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { describeLimits, template, violationsOf } from "./limit-cases.test-support.js";

const quickReplies = (count: number): TemplateButtonParameter[] =>
  Array.from({ length: count }, (_, i) => ({ type: "quick_reply", index: i, payload: `choice:${i}` }));

describeLimits("template button limits", [
  {
    name: "buttons",
    limit: 10,
    path: "buttons",
    rule: "max_items",
    build: (n) => template({ buttons: quickReplies(n) }),
  },
  {
    name: "button index",
    limit: 9,
    path: "buttons[0].index",
    rule: "range",
    build: (n) => template({ buttons: [{ type: "url", index: n, text: "summer2026" }] }),
  },
  {
    name: "coupon code",
    limit: 15,
    path: "buttons[0].code",
    rule: "max_length",
    build: (n) => template({ buttons: [{ type: "copy_code", index: 0, code: "C".repeat(n) }] }),
  },
]);

describe("template button rules", () => {
  it("refuses repeated indexes, a negative index and blank values", () => {
    const message = template({
      buttons: [
        { type: "quick_reply", index: 0, payload: "" },
        { type: "url", index: 0, text: "x" },
        { type: "copy_code", index: -1, code: " " },
      ],
    });
    expect(violationsOf(message)).toEqual([
      expect.objectContaining({ path: "buttons[1].index", rule: "unique" }),
      expect.objectContaining({ path: "buttons[0].payload", rule: "required" }),
      expect.objectContaining({ path: "buttons[2].index", rule: "range", limit: 0, actual: -1 }),
      expect.objectContaining({ path: "buttons[2].code", rule: "required" }),
    ]);
  });
});
