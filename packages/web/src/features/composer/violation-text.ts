/** The sentence shown next to a field for one broken limit, in the console's language. */
import type { LimitViolation } from "../../api/types";
import type { MessageKey } from "../../i18n/en";
import { dictionaries, type Language } from "../../i18n/language";
import { translate } from "../../i18n/translate";

const ruleKeys: Record<string, { key: MessageKey; needs: ("limit" | "actual")[] }> = {
  max_length: { key: "violation.max_length", needs: ["limit", "actual"] },
  max_items: { key: "violation.max_items", needs: ["limit", "actual"] },
  min_items: { key: "violation.min_items", needs: ["limit"] },
  required: { key: "violation.required", needs: [] },
  unique: { key: "violation.unique", needs: [] },
  no_surrounding_spaces: { key: "violation.no_surrounding_spaces", needs: [] },
};

/** `sections[0].options[3].title: 31 characters, WhatsApp allows 24` → `31 characters, WhatsApp allows 24`. */
function withoutPath(violation: Pick<LimitViolation, "path" | "message">): string {
  const prefix = `${violation.path}: `;
  return violation.message.startsWith(prefix) ? violation.message.slice(prefix.length) : violation.message;
}

/**
 * Pure: in English, the server's own sentence (it names the platform's rule) without the path, which
 * the field already shows; in other languages, a translation of a known rule, else the server's sentence.
 */
export function violationText(violation: LimitViolation, language: Language): string {
  const known = ruleKeys[violation.rule];
  if (language === "en" || !known) return withoutPath(violation);
  if (known.needs.some((name) => violation[name] === undefined)) return withoutPath(violation);
  return translate(dictionaries[language], known.key, {
    limit: violation.limit ?? "",
    actual: violation.actual ?? "",
  });
}
