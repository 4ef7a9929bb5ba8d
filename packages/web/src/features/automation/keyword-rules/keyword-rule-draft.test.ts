import { describe, expect, it } from "vitest";
import type { KeywordRule } from "../../../api/automation-types";
import {
  keywordRuleDraftOf,
  keywordRuleFieldOf,
  keywordRuleRequestOf,
  newKeywordRuleDraft,
} from "./keyword-rule-draft";

const rule: KeywordRule = {
  id: "kr_1",
  channelAccountId: "ca_1",
  name: "Opening hours",
  keywords: [
    { match: "contains", value: "營業時間" },
    { match: "regex", value: "^(hours|opening)\\b" },
  ],
  reply: { kind: "module", moduleId: "m_hours" },
  priority: 10,
  enabled: false,
  createdAt: 1,
  updatedAt: 2,
};

describe("keywordRuleRequestOf", () => {
  it("round-trips a stored rule", () => {
    expect(keywordRuleRequestOf(keywordRuleDraftOf(rule))).toEqual({
      name: "Opening hours",
      keywords: rule.keywords,
      reply: { kind: "module", moduleId: "m_hours" },
      priority: 10,
      enabled: false,
    });
  });

  it("trims names and plain keywords but sends a regex as written", () => {
    const draft = {
      ...newKeywordRuleDraft(),
      name: "  Price ",
      keywords: [
        { match: "exact" as const, value: " PRICE " },
        { match: "regex" as const, value: " price$" },
        { match: "contains" as const, value: "" },
      ],
      reply: { kind: "text" as const, text: "See our menu ", moduleId: "m_x" },
      priority: "",
    };
    expect(keywordRuleRequestOf(draft)).toEqual({
      name: "Price",
      keywords: [
        { match: "exact", value: "PRICE" },
        { match: "regex", value: " price$" },
        { match: "contains", value: "" },
      ],
      reply: { kind: "text", text: "See our menu " },
      priority: 0,
      enabled: true,
    });
  });

  it("sends the typed priority for the server to judge", () => {
    expect(keywordRuleRequestOf({ ...newKeywordRuleDraft(), priority: "-3" }).priority).toBe(-3);
    expect(keywordRuleRequestOf({ ...newKeywordRuleDraft(), priority: "1.5" }).priority).toBe(1.5);
  });
});

describe("keywordRuleFieldOf", () => {
  it("maps each path to its field", () => {
    expect(keywordRuleFieldOf("name")).toBe("name");
    expect(keywordRuleFieldOf("priority")).toBe("priority");
    expect(keywordRuleFieldOf("keywords")).toBe("keywords");
    expect(keywordRuleFieldOf("keywords[2].value")).toBe("keyword.2");
    expect(keywordRuleFieldOf("keywords[0].match")).toBe("keyword.0");
    expect(keywordRuleFieldOf("reply.text")).toBe("reply.text");
    expect(keywordRuleFieldOf("reply.moduleId")).toBe("reply.moduleId");
    expect(keywordRuleFieldOf("channelAccountId")).toBeUndefined();
  });
});
