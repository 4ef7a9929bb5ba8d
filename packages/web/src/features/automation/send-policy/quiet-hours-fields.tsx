/** Quiet hours: no business-initiated sends between two local times in one time zone. */
import { useMemo } from "react";
import type { LimitViolation } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemAria } from "../problem-aria";
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
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="send-policy-quiet-enabled"
          checked={draft.quietHoursOn}
          onChange={(event) => onChange({ quietHoursOn: event.target.checked })}
        />
        {t("automation.quietHoursOn")}
      </label>
      <FieldViolations problems={problems("quietHours")} />
      {draft.quietHoursOn && (
        <div className="automation-form__row">
          {times.map(({ field, label }) => {
            const id = `send-policy-quiet-${field}`;
            return (
              <div key={field} className="field">
                <label className="field__label" htmlFor={id}>
                  {label}
                </label>
                <input
                  id={id}
                  data-testid={id}
                  type="time"
                  required
                  value={draft[field]}
                  {...problemAria(problems(field), id)}
                  onChange={(event) =>
                    onChange(field === "start" ? { start: event.target.value } : { end: event.target.value })
                  }
                />
                <FieldViolations id={`${id}-problems`} problems={problems(field)} />
              </div>
            );
          })}
          <div className="field field--grow">
            <label className="field__label" htmlFor="send-policy-timezone">
              {t("automation.timeZone")}
            </label>
            <input
              id="send-policy-timezone"
              data-testid="send-policy-timezone"
              list="send-policy-timezones"
              autoComplete="off"
              value={draft.timeZone}
              placeholder="Asia/Taipei"
              {...problemAria(problems("timeZone"), "send-policy-timezone")}
              onChange={(event) => onChange({ timeZone: event.target.value })}
            />
            <datalist id="send-policy-timezones">
              {zones.map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
            <FieldViolations id="send-policy-timezone-problems" problems={problems("timeZone")} />
          </div>
        </div>
      )}
      <span className="field__hint">{t("automation.quietHoursHint")}</span>
    </fieldset>
  );
}
