/** Comment rules in the order they are tried: highest priority first, then the oldest. */
import type { CommentRule } from "../../../api/comment-rules-api";

export function sortCommentRules(rules: readonly CommentRule[]): CommentRule[] {
  return [...rules].sort((a, b) => b.priority - a.priority || a.createdAt - b.createdAt);
}
