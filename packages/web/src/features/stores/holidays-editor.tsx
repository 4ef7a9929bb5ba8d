/** Holidays: dates closed all day, or open at special hours that replace the weekday's. */
import type { LimitViolation } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { FieldViolations } from "../composer/field-violations";
import { problemAria } from "../automation/problem-aria";
import { IntervalRow } from "./interval-row";
import { nextInterval } from "./store-draft";
import type { HolidayDraft } from "./store-draft";

interface HolidaysEditorProps {
  holidays: HolidayDraft[];
  problems: (field: string) => LimitViolation[] | undefined;
  onChange(holidays: HolidayDraft[]): void;
}

/** Today in the browser's calendar, `YYYY-MM-DD`: where a new holiday starts. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function HolidaysEditor({ holidays, problems, onChange }: HolidaysEditorProps) {
  const { t } = useI18n();
  const setHoliday = (index: number, holiday: HolidayDraft) =>
    onChange(holidays.map((old, i) => (i === index ? holiday : old)));
  return (
    <fieldset className="store-holidays">
      <legend className="field__label">{t("stores.holidays")}</legend>
      {holidays.length === 0 && <span className="field__hint">{t("stores.noHolidays")}</span>}
      {holidays.map((holiday, index) => {
        const id = `store-holiday-${index}`;
        const owner = holiday.date === "" ? t("stores.holiday") : holiday.date;
        return (
          <div key={index} className="store-holiday" data-testid={id}>
            <div className="store-holiday__head">
              <input
                type="date"
                id={`${id}-date`}
                data-testid={`${id}-date`}
                aria-label={t("stores.holidayDate")}
                value={holiday.date}
                {...problemAria(problems(`holidays[${index}].date`), `${id}-date`)}
                onChange={(event) => setHoliday(index, { ...holiday, date: event.target.value })}
              />
              <input
                id={`${id}-name`}
                data-testid={`${id}-name`}
                aria-label={t("stores.holidayName")}
                placeholder={t("stores.holidayNamePlaceholder")}
                value={holiday.name}
                {...problemAria(problems(`holidays[${index}].name`), `${id}-name`)}
                onChange={(event) => setHoliday(index, { ...holiday, name: event.target.value })}
              />
              <button
                type="button"
                className="button button--ghost button--danger button--compact"
                data-testid={`${id}-remove`}
                aria-label={t("stores.removeHoliday", { owner })}
                onClick={() => onChange(holidays.filter((_, i) => i !== index))}
              >
                {t("stores.remove")}
              </button>
            </div>
            <FieldViolations id={`${id}-date-problems`} problems={problems(`holidays[${index}].date`)} />
            <FieldViolations id={`${id}-name-problems`} problems={problems(`holidays[${index}].name`)} />
            <div className="store-holiday__hours">
              {holiday.hours.length === 0 && (
                <span className="store-hours__closed">{t("stores.closedAllDay")}</span>
              )}
              {holiday.hours.map((interval, hourIndex) => (
                <IntervalRow
                  key={hourIndex}
                  idPrefix={`${id}-${hourIndex}`}
                  owner={owner}
                  interval={interval}
                  problems={(part) => problems(`holidays[${index}].hours[${hourIndex}].${part}`)}
                  onChange={(changed) =>
                    setHoliday(index, {
                      ...holiday,
                      hours: holiday.hours.map((old, i) => (i === hourIndex ? changed : old)),
                    })
                  }
                  onRemove={() =>
                    setHoliday(index, { ...holiday, hours: holiday.hours.filter((_, i) => i !== hourIndex) })
                  }
                />
              ))}
              <button
                type="button"
                className="button button--ghost button--compact"
                data-testid={`${id}-hours-add`}
                onClick={() =>
                  setHoliday(index, { ...holiday, hours: [...holiday.hours, nextInterval(holiday.hours)] })
                }
              >
                + {t("stores.addSpecialHours")}
              </button>
            </div>
            <FieldViolations problems={problems(`holidays[${index}]`)} />
          </div>
        );
      })}
      <FieldViolations problems={problems("holidays")} />
      <button
        type="button"
        className="button button--ghost"
        data-testid="store-holiday-add"
        onClick={() => onChange([...holidays, { date: today(), name: "", hours: [] }])}
      >
        + {t("stores.addHoliday")}
      </button>
    </fieldset>
  );
}
