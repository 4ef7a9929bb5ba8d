/** Picks the comment rule a comment triggers. */
import { matchKeywordRule } from "@switchboard/engine";
import type { CommentRuleDefinition } from "./comment-rule.js";

/** What matching needs of a rule; stored rules fit it. */
export type MatchableCommentRule = Pick<
  CommentRuleDefinition,
  "postId" | "keywords" | "priority" | "enabled"
> & {
  /** Epoch ms; breaks ties (older first). */
  createdAt?: number;
};

/**
 * Pure. The enabled rule for this post (or for every post) with the highest priority whose keywords
 * match the comment's text (no keyword: every comment). At equal priority a rule for this very post
 * wins over one for every post, then the older rule. Keywords compare as the keyword rules do
 * (`matchKeywordRule`: folded case, width, accents and spacing; regex on the trimmed text).
 */
export function matchCommentRule<R extends MatchableCommentRule>(
  rules: readonly R[],
  postId: string,
  text: string,
): R | undefined {
  const ordered = rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => rule.enabled && (rule.postId === null || rule.postId === postId))
    .sort(
      (a, b) =>
        b.rule.priority - a.rule.priority ||
        Number(b.rule.postId !== null) - Number(a.rule.postId !== null) ||
        (a.rule.createdAt ?? 0) - (b.rule.createdAt ?? 0) ||
        a.index - b.index,
    );
  return ordered.find(({ rule }) => keywordsMatch(rule, text))?.rule;
}

function keywordsMatch(rule: MatchableCommentRule, text: string): boolean {
  if (rule.keywords.length === 0) return true;
  return matchKeywordRule([{ keywords: rule.keywords, priority: 0, enabled: true }], text) !== undefined;
}
