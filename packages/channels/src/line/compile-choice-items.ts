/** Compiles the options of a neutral choice into LINE postback actions, checking what every form shares. */
import type { ChoiceSection, LimitViolation } from "@switchboard/core";
import { choicePostbackData } from "./choice-postback.js";
import { checkBytes, checkText, nonBlank } from "./check-text.js";
import { checkUnique, type UniqueEntry } from "../limits/check-unique.js";
import { ACTION_LABEL_MAX, POSTBACK_DATA_MAX_BYTES } from "./line-limits.js";
import type { LinePostbackAction } from "./line-message-types.js";

/** One option, where it sits in the neutral message and the action a tap on it performs. */
export interface ChoiceItem {
  /** `sections[s].options[o]`. */
  path: string;
  section: number;
  title: string;
  description: string | undefined;
  action: LinePostbackAction;
}

/**
 * Every option → a postback action: `label` and `displayText` are the title (≤20, shown as the
 * customer's message after the tap), `data` carries id and title (≤300 bytes). Ids must be present,
 * without surrounding spaces and unique, since the tap is matched by id.
 */
export function compileChoiceItems(violations: LimitViolation[], sections: ChoiceSection[]): ChoiceItem[] {
  const items: ChoiceItem[] = [];
  const ids: UniqueEntry[] = [];
  sections.forEach((section, s) => {
    section.options.forEach((option, o) => {
      const path = `sections[${s}].options[${o}]`;
      checkText(violations, `${path}.id`, option.id, { required: true });
      if (option.id.trim().length > 0 && option.id !== option.id.trim()) {
        violations.push({
          path: `${path}.id`,
          rule: "no_surrounding_spaces",
          message: `${path}.id: starts or ends with white space, which would not match the tap that comes back`,
        });
      }
      checkText(violations, `${path}.title`, option.title, {
        required: true,
        max: ACTION_LABEL_MAX,
        as: "the button label",
      });
      ids.push({ path: `${path}.id`, value: option.id });
      const data = choicePostbackData(option);
      checkBytes(violations, `${path}.id`, data, {
        max: POSTBACK_DATA_MAX_BYTES,
        as: "the postback data (id and title)",
      });
      items.push({
        path,
        section: s,
        title: option.title,
        description: nonBlank(option.description),
        action: { type: "postback", label: option.title, data, displayText: option.title },
      });
    });
  });
  checkUnique(violations, ids, { platform: "LINE", what: "option ids" });
  return items;
}

/** Where the options of a choice are counted: the one section's options, or all sections together. */
export function optionsPath(sections: ChoiceSection[]): string {
  return sections.length === 1 ? "sections[0].options" : "sections";
}
