import { describe, expect, it } from "vitest";
import type { Keyword } from "./keyword-rule-schema.js";
import { matchKeywordRule } from "./match-keyword-rule.js";

interface TestRule {
  name: string;
  keywords: Keyword[];
  priority: number;
  enabled: boolean;
  createdAt?: number;
}

const rule = (name: string, keywords: Keyword[], extra: Partial<TestRule> = {}): TestRule => ({
  name,
  keywords,
  priority: 0,
  enabled: true,
  ...extra,
});
const nameOf = (rules: TestRule[], text: string) => matchKeywordRule(rules, text)?.name;

describe("matchKeywordRule", () => {
  it("exact matches the whole text only", () => {
    const rules = [rule("hours", [{ match: "exact", value: "opening hours" }])];
    expect(nameOf(rules, "opening hours")).toBe("hours");
    expect(nameOf(rules, "  Opening   HOURS \n")).toBe("hours");
    expect(nameOf(rules, "what are your opening hours?")).toBe(undefined);
  });

  it("contains matches anywhere in the text", () => {
    const rules = [rule("price", [{ match: "contains", value: "price" }])];
    expect(nameOf(rules, "What is the PRICE of a haircut?")).toBe("price");
    expect(nameOf(rules, "how much?")).toBe(undefined);
  });

  it("regex tests the trimmed original text case-insensitively", () => {
    const rules = [rule("order", [{ match: "regex", value: "^order\\s*#?\\d{4,}$" }])];
    expect(nameOf(rules, "  ORDER #12345  ")).toBe("order");
    expect(nameOf(rules, "order 12")).toBe(undefined);
    // Regexes see the original text: full-width digits are not folded to \d.
    expect(nameOf(rules, "order １２３４５")).toBe(undefined);
  });

  it("folds width, case and accents for exact and contains", () => {
    const rules = [
      rule("hi", [{ match: "exact", value: "hi" }]),
      rule("cafe", [{ match: "contains", value: "Café" }]),
      rule("room", [{ match: "exact", value: "room 12" }]),
    ];
    expect(nameOf(rules, "ＨＩ")).toBe("hi");
    expect(nameOf(rules, "Hi")).toBe("hi");
    expect(nameOf(rules, "where is the cafe")).toBe("cafe");
    expect(nameOf(rules, "CAFÉ please")).toBe("cafe");
    expect(nameOf(rules, "Room １２")).toBe("room");
    expect(nameOf(rules, "room 13")).toBe(undefined);
  });

  it("matches CJK keywords inside and as the whole text", () => {
    const rules = [
      rule("book", [{ match: "contains", value: "預約" }]),
      rule("menu", [{ match: "exact", value: "菜單" }]),
    ];
    expect(nameOf(rules, "我想預約明天下午")).toBe("book");
    expect(nameOf(rules, " 菜單 ")).toBe("menu");
    expect(nameOf(rules, "菜單呢")).toBe(undefined);
    expect(nameOf(rules, "預定")).toBe(undefined);
  });

  it("prefers the highest priority, then the older rule", () => {
    const keywords: Keyword[] = [{ match: "contains", value: "sale" }];
    expect(
      nameOf([rule("low", keywords, { priority: 1 }), rule("high", keywords, { priority: 5 })], "sale?"),
    ).toBe("high");
    expect(
      nameOf(
        [rule("newer", keywords, { createdAt: 2_000 }), rule("older", keywords, { createdAt: 1_000 })],
        "sale",
      ),
    ).toBe("older");
    expect(nameOf([rule("first", keywords), rule("second", keywords)], "sale")).toBe("first");
    expect(
      nameOf(
        [rule("lower", keywords, { priority: -1 }), rule("other", [{ match: "exact", value: "x" }])],
        "sale",
      ),
    ).toBe("lower");
  });

  it("skips disabled rules and falls through to the next one", () => {
    const keywords: Keyword[] = [{ match: "exact", value: "help" }];
    const rules = [
      rule("off", keywords, { priority: 10, enabled: false }),
      rule("on", keywords, { priority: 1 }),
    ];
    expect(nameOf(rules, "help")).toBe("on");
    expect(nameOf([rules[0] as TestRule], "help")).toBe(undefined);
  });

  it("matches when any keyword of a rule matches, and never on an uncompilable regex", () => {
    const rules = [
      rule("multi", [
        { match: "regex", value: "(" },
        { match: "exact", value: "yes" },
      ]),
    ];
    expect(nameOf(rules, "YES")).toBe("multi");
    expect(nameOf(rules, "(")).toBe(undefined);
  });
});
