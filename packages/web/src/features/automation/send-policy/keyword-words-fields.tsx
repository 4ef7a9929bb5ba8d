/** The opt-out and opt-in words of the send policy: one per line, `word = topic` for a single topic. */
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { LabelledField } from "../labelled-field";
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
      {fields.map(({ field, label, placeholder }) => (
        <LabelledField key={field} id={`send-policy-${field}`} label={label} problems={problems(field)}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={draft[field]}
              placeholder={placeholder}
              onChange={(event) =>
                onChange(
                  field === "optOutWords"
                    ? { optOutWords: event.target.value }
                    : { optInWords: event.target.value },
                )
              }
            />
          )}
        </LabelledField>
      ))}
    </fieldset>
  );
}
