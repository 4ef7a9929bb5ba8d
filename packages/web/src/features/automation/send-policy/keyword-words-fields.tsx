/** The opt-out and opt-in words of the send policy: one per line, `word = topic` for a single topic. */
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemAria } from "../problem-aria";
import type { SendPolicyDraft, SendPolicyField } from "./send-policy-draft";

interface KeywordWordsFieldsProps {
  draft: SendPolicyDraft;
  problems: (field: SendPolicyField) => LimitViolation[] | undefined;
  onChange(change: Partial<SendPolicyDraft>): void;
}

export function KeywordWordsFields({ draft, problems, onChange }: KeywordWordsFieldsProps) {
  const { t } = useI18n();
  const fields = [
    { field: "optOutWords", label: t("automation.optOutWords"), placeholder: "STOP\n退訂" },
    { field: "optInWords", label: t("automation.optInWords"), placeholder: "START\n訂閱" },
  ] as const;
  return (
    <fieldset className="policy-group">
      <legend className="field__label">{t("automation.optWordsTitle")}</legend>
      <p className="field__hint">{t("automation.optWordsHint")}</p>
      {fields.map(({ field, label, placeholder }) => {
        const id = `send-policy-${field}`;
        return (
          <div key={field} className="field">
            <label className="field__label" htmlFor={id}>
              {label}
            </label>
            <textarea
              id={id}
              data-testid={id}
              rows={3}
              value={draft[field]}
              placeholder={placeholder}
              {...problemAria(problems(field), id)}
              onChange={(event) =>
                onChange(
                  field === "optOutWords"
                    ? { optOutWords: event.target.value }
                    : { optInWords: event.target.value },
                )
              }
            />
            <FieldViolations id={`${id}-problems`} problems={problems(field)} />
          </div>
        );
      })}
    </fieldset>
  );
}
