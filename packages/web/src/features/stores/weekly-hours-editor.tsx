/** The weekly hours grid: each weekday's opening intervals, added and removed one by one. */
import type { LimitViolation } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { FieldViolations } from "../composer/field-violations";
import { IntervalRow } from "./interval-row";
import { nextInterval, weekdays } from "./store-draft";
import type { StoreDraft } from "./store-draft";

interface WeeklyHoursEditorProps {
  hours: StoreDraft["hours"];
  problems: (field: string) => LimitViolation[] | undefined;
  onChange(hours: StoreDraft["hours"]): void;
}

export function WeeklyHoursEditor({ hours, problems, onChange }: WeeklyHoursEditorProps) {
  const { t } = useI18n();
  return (
    <fieldset className="store-hours">
      <legend className="field__label">{t("stores.hours")}</legend>
      {weekdays.map((day) => {
        const intervals = hours[day];
        const dayName = t(`stores.day.${day}`);
        const setDay = (next: typeof intervals) => onChange({ ...hours, [day]: next });
        return (
          <div key={day} className="store-hours__day" data-testid={`store-hours-${day}`}>
            <span className="store-hours__name">{dayName}</span>
            <div className="store-hours__intervals">
              {intervals.length === 0 && <span className="store-hours__closed">{t("stores.closed")}</span>}
              {intervals.map((interval, index) => (
                <IntervalRow
                  key={index}
                  idPrefix={`store-hours-${day}-${index}`}
                  owner={dayName}
                  interval={interval}
                  problems={(part) => problems(`hours.${day}[${index}].${part}`)}
                  onChange={(changed) => setDay(intervals.map((old, i) => (i === index ? changed : old)))}
                  onRemove={() => setDay(intervals.filter((_, i) => i !== index))}
                />
              ))}
              <FieldViolations problems={problems(`hours.${day}`)} />
            </div>
            <button
              type="button"
              className="button button--ghost button--compact"
              data-testid={`store-hours-${day}-add`}
              aria-label={t("stores.addIntervalTo", { owner: dayName })}
              onClick={() => setDay([...intervals, nextInterval(intervals)])}
            >
              + {t("stores.addInterval")}
            </button>
          </div>
        );
      })}
      <FieldViolations problems={problems("hours")} />
      <span className="field__hint">{t("stores.hoursHint")}</span>
    </fieldset>
  );
}
