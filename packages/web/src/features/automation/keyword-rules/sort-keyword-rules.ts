/** The order keyword rules are tried in: highest priority first, then the oldest. */
import type { KeywordRule } from "../../../api/automation-types";

/** Pure: a sorted copy, so a rule saved or toggled in place lands where the server would list it. */
export function sortKeywordRules(rules: readonly KeywordRule[]): KeywordRule[] {
  return [...rules].sort((a, b) => b.priority - a.priority || a.createdAt - b.createdAt);
}
