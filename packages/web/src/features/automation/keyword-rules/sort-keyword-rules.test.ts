import { describe, expect, it } from "vitest";
import type { KeywordRule } from "../../../api/automation-types";
import { sortKeywordRules } from "./sort-keyword-rules";

function rule(id: string, priority: number, createdAt: number): KeywordRule {
  return {
    id,
    channelAccountId: "ca_1",
    name: id,
    keywords: [{ match: "contains", value: id }],
    reply: { kind: "text", text: id },
    priority,
    enabled: true,
    createdAt,
    updatedAt: createdAt,
  };
}

describe("sortKeywordRules", () => {
  it("puts the highest priority first, then the oldest, without changing the input", () => {
    const input = [rule("a", 0, 1), rule("b", 5, 3), rule("c", 5, 2), rule("d", -1, 0)];
    expect(sortKeywordRules(input).map((r) => r.id)).toEqual(["c", "b", "a", "d"]);
    expect(input.map((r) => r.id)).toEqual(["a", "b", "c", "d"]);
  });
});
