import { describe, expect, it } from "vitest";
import type { MatchableCommentRule } from "./match-comment-rule.js";
import { matchCommentRule } from "./match-comment-rule.js";

type TestRule = MatchableCommentRule & { name: string };

const rule = (name: string, extra: Partial<TestRule> = {}): TestRule => ({
  name,
  postId: null,
  keywords: [],
  priority: 0,
  enabled: true,
  ...extra,
});
const nameOf = (rules: TestRule[], postId: string, text: string) =>
  matchCommentRule(rules, postId, text)?.name;

describe("matchCommentRule", () => {
  it("answers every comment when a rule has no keyword, on any post when it names none", () => {
    const rules = [rule("all")];
    expect(nameOf(rules, "1_2", "Nice!")).toBe("all");
    expect(nameOf(rules, "1_3", "")).toBe("all");
  });

  it("fires a rule for one post only on that post", () => {
    const rules = [rule("autumn", { postId: "1_2" })];
    expect(nameOf(rules, "1_2", "hi")).toBe("autumn");
    expect(nameOf(rules, "1_9", "hi")).toBe(undefined);
  });

  it("matches keywords as the keyword rules do: exact, contains (folded) and regex", () => {
    const rules = [
      rule("exact", { keywords: [{ match: "exact", value: "price" }], priority: 3 }),
      rule("contains", { keywords: [{ match: "contains", value: "多少錢" }], priority: 2 }),
      rule("regex", { keywords: [{ match: "regex", value: "^size\\s*(s|m|l)$" }], priority: 1 }),
    ];
    expect(nameOf(rules, "p", "  PRICE ")).toBe("exact");
    expect(nameOf(rules, "p", "price please")).toBe(undefined);
    expect(nameOf(rules, "p", "這個多少錢？")).toBe("contains");
    expect(nameOf(rules, "p", "Size M")).toBe("regex");
    expect(nameOf(rules, "p", "size XL")).toBe(undefined);
  });

  it("skips disabled rules and prefers the higher priority", () => {
    const rules = [
      rule("low", { keywords: [{ match: "contains", value: "price" }] }),
      rule("high", { keywords: [{ match: "contains", value: "price" }], priority: 5 }),
      rule("off", { priority: 10, enabled: false }),
    ];
    expect(nameOf(rules, "p", "price?")).toBe("high");
  });

  it("at equal priority prefers the rule for this post, then the older rule", () => {
    const rules = [
      rule("every post, old", { createdAt: 1 }),
      rule("this post", { postId: "p", createdAt: 5 }),
      rule("every post, new", { createdAt: 3 }),
    ];
    expect(nameOf(rules, "p", "hello")).toBe("this post");
    expect(nameOf(rules, "q", "hello")).toBe("every post, old");
  });
});
