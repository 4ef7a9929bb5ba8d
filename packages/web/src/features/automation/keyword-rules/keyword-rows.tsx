/** The keywords of a rule, one row each: how it matches (exact, contains, regex) and the word or pattern. */
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemAria } from "../problem-aria";
import { keywordMatchLabels } from "./keyword-match-labels";
import { keywordMatches, type KeywordDraft, type KeywordRuleField } from "./keyword-rule-draft";

interface KeywordRowsProps {
  keywords: KeywordDraft[];
  problems: (field: KeywordRuleField) => LimitViolation[] | undefined;
  onChange(keywords: KeywordDraft[]): void;
}

export function KeywordRows({ keywords, problems, onChange }: KeywordRowsProps) {
  const { t } = useI18n();
  const update = (index: number, change: Partial<KeywordDraft>) =>
    onChange(keywords.map((keyword, i) => (i === index ? { ...keyword, ...change } : keyword)));

  return (
    <fieldset className="keyword-rows">
      <legend className="field__label">{t("automation.keywords")}</legend>
      <FieldViolations problems={problems("keywords")} />
      {keywords.map((keyword, index) => {
        const id = `keyword-rule-keyword-${index}`;
        const rowProblems = problems(`keyword.${index}`);
        const n = index + 1;
        return (
          <div key={index} className="keyword-row" data-testid="keyword-row">
            <select
              aria-label={t("automation.matchOf", { n })}
              data-testid={`keyword-rule-match-${index}`}
              value={keyword.match}
              onChange={(event) => {
                const match = keywordMatches.find((m) => m === event.target.value);
                if (match) update(index, { match });
              }}
            >
              {keywordMatches.map((match) => (
                <option key={match} value={match}>
                  {t(keywordMatchLabels[match])}
                </option>
              ))}
            </select>
            <input
              id={id}
              data-testid={id}
              aria-label={t("automation.keywordOf", { n })}
              autoComplete="off"
              value={keyword.value}
              placeholder={keyword.match === "regex" ? "^(price|價錢)" : t("automation.keywordPlaceholder")}
              {...problemAria(rowProblems, id)}
              onChange={(event) => update(index, { value: event.target.value })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t("automation.removeKeyword", { n })}
              disabled={keywords.length === 1}
              onClick={() => onChange(keywords.filter((_, i) => i !== index))}
            >
              ×
            </button>
            <FieldViolations id={`${id}-problems`} problems={rowProblems} />
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        data-testid="keyword-rule-add-keyword"
        onClick={() => onChange([...keywords, { match: "contains", value: "" }])}
      >
        + {t("automation.addKeyword")}
      </button>
    </fieldset>
  );
}
