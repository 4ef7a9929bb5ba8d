/** The name of each way a keyword can match, in the keyword rows and the rule list. */
import type { KeywordMatch } from "../../../api/automation-types";
import type { MessageKey } from "../../../i18n/en";

export const keywordMatchLabels: Record<KeywordMatch, MessageKey> = {
  exact: "automation.matchExact",
  contains: "automation.matchContains",
  regex: "automation.matchRegex",
};
