import { describe, expect, it } from "vitest";
import { AutoReplySchema, KeywordRuleSchema } from "./keyword-rule-schema.js";

const issuesOf = (value: unknown) =>
  KeywordRuleSchema.safeParse(value).error?.issues.map((i) => ({ path: i.path, message: i.message }));

describe("KeywordRuleSchema", () => {
  it("applies defaults to a valid rule", () => {
    const rule = KeywordRuleSchema.parse({
      name: " Booking ",
      keywords: [{ match: "contains", value: "預約" }],
      reply: { kind: "module", moduleId: "booking" },
    });
    expect(rule).toEqual({
      name: "Booking",
      keywords: [{ match: "contains", value: "預約" }],
      reply: { kind: "module", moduleId: "booking" },
      priority: 0,
      enabled: true,
    });
  });

  it("names the keyword whose regex does not compile", () => {
    const issues = issuesOf({
      name: "Orders",
      keywords: [
        { match: "exact", value: "order" },
        { match: "regex", value: "order(\\d+" },
      ],
      reply: { kind: "text", text: "Looking it up" },
    });
    expect(issues).toHaveLength(1);
    expect(issues?.[0]?.path).toEqual(["keywords", 1, "value"]);
    expect(issues?.[0]?.message).toMatch(/^regex does not compile/);
  });

  it("needs at least one keyword, non-empty values and a visible character for text keywords", () => {
    expect(issuesOf({ name: "x", keywords: [], reply: { kind: "text", text: "hi" } })?.[0]?.path).toEqual([
      "keywords",
    ]);
    const blank = issuesOf({
      name: "x",
      keywords: [
        { match: "exact", value: "" },
        { match: "contains", value: "   " },
      ],
      reply: { kind: "text", text: "hi" },
    });
    expect(blank?.map((i) => i.path)).toEqual([
      ["keywords", 0, "value"],
      ["keywords", 1, "value"],
    ]);
  });

  it("refuses unknown match modes, fractional priorities and unknown fields", () => {
    const issues = issuesOf({
      name: "x",
      keywords: [{ match: "fuzzy", value: "hi" }],
      reply: { kind: "text", text: "hi" },
      priority: 1.5,
      colour: "red",
    });
    expect(issues?.map((i) => i.path.join("."))).toEqual(["keywords.0.match", "priority", ""]);
  });
});

describe("AutoReplySchema", () => {
  it("accepts a text or a module and refuses other kinds", () => {
    expect(AutoReplySchema.parse({ kind: "text", text: "Hello" })).toEqual({ kind: "text", text: "Hello" });
    expect(AutoReplySchema.safeParse({ kind: "module", moduleId: "" }).success).toBe(false);
    expect(AutoReplySchema.safeParse({ kind: "bot" }).success).toBe(false);
  });
});
