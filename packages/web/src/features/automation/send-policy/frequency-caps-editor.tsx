/** Frequency caps: at most N sends of a topic (or of any, `all`) to one contact per period. */
import type { LimitViolation } from "../../../api/types";
import type { MessageKey } from "../../../i18n/en";
import { useI18n } from "../../../i18n/i18n-context";
import { FieldViolations } from "../../composer/field-violations";
import { problemAria } from "../problem-aria";
import {
  newFrequencyCapDraft,
  periodUnits,
  type CapField,
  type FrequencyCapDraft,
  type PeriodUnit,
  type SendPolicyField,
} from "./send-policy-draft";

const unitLabels: Record<PeriodUnit, MessageKey> = {
  minutes: "automation.unitMinutes",
  hours: "automation.unitHours",
  days: "automation.unitDays",
};

/** The two whole numbers of a cap: how many sends, in how many units. */
const countLabels: Record<"max" | "per", MessageKey> = {
  max: "automation.capMax",
  per: "automation.capPer",
};

interface FrequencyCapsEditorProps {
  caps: FrequencyCapDraft[];
  problems: (field: SendPolicyField) => LimitViolation[] | undefined;
  onChange(caps: FrequencyCapDraft[]): void;
}

export function FrequencyCapsEditor({ caps, problems, onChange }: FrequencyCapsEditorProps) {
  const { t } = useI18n();
  const update = (index: number, change: Partial<FrequencyCapDraft>) =>
    onChange(caps.map((cap, i) => (i === index ? { ...cap, ...change } : cap)));

  return (
    <fieldset className="policy-group">
      <legend className="field__label">{t("automation.frequencyCaps")}</legend>
      <span className="field__hint">{t("automation.frequencyCapsHint")}</span>
      <FieldViolations problems={problems("caps")} />
      {caps.length === 0 && <p className="muted">{t("automation.noCaps")}</p>}
      {caps.map((cap, index) => {
        const n = index + 1;
        const id = (field: CapField) => `send-policy-cap-${index}-${field}`;
        const capProblems = (field: CapField) => problems(`cap.${index}.${field}`);
        return (
          <div key={index} className="cap-row" data-testid="frequency-cap">
            <div className="field">
              <label className="field__label" htmlFor={id("topic")}>
                {t("automation.capTopic")}
              </label>
              <input
                id={id("topic")}
                data-testid={id("topic")}
                autoComplete="off"
                value={cap.topic}
                {...problemAria(capProblems("topic"), id("topic"))}
                onChange={(event) => update(index, { topic: event.target.value })}
              />
            </div>
            {(["max", "per"] as const).map((field) => (
              <div key={field} className="field field--narrow">
                <label className="field__label" htmlFor={id(field)}>
                  {t(countLabels[field])}
                </label>
                <input
                  id={id(field)}
                  data-testid={id(field)}
                  type="number"
                  min={1}
                  step={1}
                  value={cap[field]}
                  {...problemAria(capProblems(field), id(field))}
                  onChange={(event) =>
                    update(index, field === "max" ? { max: event.target.value } : { per: event.target.value })
                  }
                />
              </div>
            ))}
            <select
              aria-label={t("automation.capUnit", { n })}
              data-testid={`send-policy-cap-${index}-unit`}
              value={cap.unit}
              onChange={(event) => {
                const unit = periodUnits.find((u) => u === event.target.value);
                if (unit) update(index, { unit });
              }}
            >
              {periodUnits.map((unit) => (
                <option key={unit} value={unit}>
                  {t(unitLabels[unit])}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="icon-button"
              aria-label={t("automation.removeCap", { n })}
              onClick={() => onChange(caps.filter((_, i) => i !== index))}
            >
              ×
            </button>
            <div className="cap-row__problems">
              {(["topic", "max", "per"] as const).map((field) => (
                <FieldViolations key={field} id={`${id(field)}-problems`} problems={capProblems(field)} />
              ))}
            </div>
          </div>
        );
      })}
      <button
        type="button"
        className="button"
        data-testid="send-policy-cap-add"
        onClick={() => onChange([...caps, newFrequencyCapDraft()])}
      >
        + {t("automation.addCap")}
      </button>
    </fieldset>
  );
}
