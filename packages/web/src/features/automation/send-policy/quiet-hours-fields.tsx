/** Quiet hours: no business-initiated sends between two local times in one time zone. */
import { useMemo } from "react";
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { CheckboxField } from "../checkbox-field";
import { LabelledField } from "../labelled-field";
import type { SendPolicyDraft, SendPolicyField } from "./send-policy-draft";

interface QuietHoursFieldsProps {
  draft: SendPolicyDraft;
  problems: (field: SendPolicyField) => LimitViolation[] | undefined;
  onChange(change: Partial<SendPolicyDraft>): void;
}

function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return [];
  }
}

export function QuietHoursFields({ draft, problems, onChange }: QuietHoursFieldsProps) {
  const { t } = useI18n();
  const zones = useMemo(knownTimeZones, []);
  const times: { field: "start" | "end"; label: string }[] = [
    { field: "start", label: t("automation.quietStart") },
    { field: "end", label: t("automation.quietEnd") },
  ];
  return (
    <fieldset className="policy-group">
      <legend className="field__label">{t("automation.quietHours")}</legend>
      <CheckboxField
        testId="send-policy-quiet-enabled"
        label={t("automation.quietHoursOn")}
        checked={draft.quietHoursOn}
        onChange={(quietHoursOn) => onChange({ quietHoursOn })}
      />
      <FieldViolations problems={problems("quietHours")} />
      {draft.quietHoursOn && (
        <div className="automation-form__row">
          {times.map(({ field, label }) => (
            <LabelledField
              key={field}
              id={`send-policy-quiet-${field}`}
              label={label}
              problems={problems(field)}
            >
              {(control) => (
                <input
                  {...control}
                  type="time"
                  required
                  value={draft[field]}
                  onChange={(event) =>
                    onChange(field === "start" ? { start: event.target.value } : { end: event.target.value })
                  }
                />
              )}
            </LabelledField>
          ))}
          <LabelledField
            id="send-policy-timezone"
            className="field--grow"
            label={t("automation.timeZone")}
            problems={problems("timeZone")}
          >
            {(control) => (
              <>
                <input
                  {...control}
                  list="send-policy-timezones"
                  autoComplete="off"
                  value={draft.timeZone}
                  placeholder="Asia/Taipei"
                  onChange={(event) => onChange({ timeZone: event.target.value })}
                />
                <datalist id="send-policy-timezones">
                  {zones.map((zone) => (
                    <option key={zone} value={zone} />
                  ))}
                </datalist>
              </>
            )}
          </LabelledField>
        </div>
      )}
      <span className="field__hint">{t("automation.quietHoursHint")}</span>
    </fieldset>
  );
}
