/** Picks the keyword rule a customer's text triggers. */
import { normalizeReply } from "../runtime/normalize-reply.js";
import type { Keyword, KeywordRuleDefinition } from "./keyword-rule-schema.js";
import { compileKeywordRegex } from "./keyword-rule-schema.js";

/** What matching needs of a rule; stored rules with ids and times fit it. */
export type MatchableKeywordRule = Pick<KeywordRuleDefinition, "keywords" | "priority" | "enabled"> & {
  /** Epoch ms; breaks priority ties (older first). Absent: the order of the array does. */
  createdAt?: number;
};

/**
 * The enabled rule with the highest priority that has a keyword matching `text`, or undefined. Ties go
 * to the older rule (`createdAt`, else array order). `exact` and `contains` compare both sides folded by
 * `normalizeReply` (case, width, accents, spacing); `regex` is tested case-insensitively against the
 * trimmed original text. A regex that does not compile never matches.
 */
export function matchKeywordRule<R extends MatchableKeywordRule>(
  rules: readonly R[],
  text: string,
): R | undefined {
  const folded = normalizeReply(text);
  const trimmed = text.trim();
  const ordered = rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.enabled)
    .sort(
      (a, b) =>
        b.rule.priority - a.rule.priority ||
        (a.rule.createdAt ?? 0) - (b.rule.createdAt ?? 0) ||
        a.index - b.index,
    );
  return ordered.find(({ rule }) => rule.keywords.some((k) => keywordMatches(k, folded, trimmed)))?.rule;
}

function keywordMatches(keyword: Keyword, folded: string, trimmed: string): boolean {
  switch (keyword.match) {
    case "exact":
      return folded === normalizeReply(keyword.value);
    case "contains": {
      const value = normalizeReply(keyword.value);
      return value !== "" && folded.includes(value);
    }
    case "regex":
      return regexMatches(keyword.value, trimmed);
  }
}

function regexMatches(source: string, trimmed: string): boolean {
  try {
    return compileKeywordRegex(source).test(trimmed);
  } catch {
    return false;
  }
}
