/** Chooses the reports' period: a preset (today, last 7 or 30 days, this month) or two dates. */
import { useState } from "react";
import type { Period } from "../../api/reports-api";
import { useI18n } from "../../i18n/i18n-context";
import { customPeriod, dateInputValue, PERIOD_PRESETS, presetPeriod } from "./report-period";
import type { PeriodPreset } from "./report-period";

interface PeriodPickerProps {
  period: Period;
  onChange(period: Period): void;
}

export function PeriodPicker({ period, onChange }: PeriodPickerProps) {
  const { t } = useI18n();
  const [preset, setPreset] = useState<PeriodPreset>("last7");
  const [fromDate, setFromDate] = useState(dateInputValue(period.from));
  const [toDate, setToDate] = useState(dateInputValue(period.to - 1));
  const custom = preset === "custom" ? customPeriod(fromDate, toDate) : null;

  const choosePreset = (next: PeriodPreset) => {
    setPreset(next);
    if (next !== "custom") onChange(presetPeriod(next, Date.now()));
  };
  const chooseDates = (from: string, to: string) => {
    setFromDate(from);
    setToDate(to);
    const chosen = customPeriod(from, to);
    if (chosen !== null) onChange(chosen);
  };

  return (
    <div className="report-period" data-testid="report-period">
      <label className="report-period__field">
        <span>{t("reports.period")}</span>
        <select
          value={preset}
          data-testid="report-preset"
          onChange={(event) => choosePreset(event.target.value as PeriodPreset)}
        >
          {PERIOD_PRESETS.map((option) => (
            <option key={option} value={option}>
              {t(`reports.preset.${option}`)}
            </option>
          ))}
        </select>
      </label>
      {preset === "custom" && (
        <>
          <label className="report-period__field">
            <span>{t("reports.from")}</span>
            <input
              type="date"
              value={fromDate}
              data-testid="report-from"
              onChange={(event) => chooseDates(event.target.value, toDate)}
            />
          </label>
          <label className="report-period__field">
            <span>{t("reports.to")}</span>
            <input
              type="date"
              value={toDate}
              data-testid="report-to"
              onChange={(event) => chooseDates(fromDate, event.target.value)}
            />
          </label>
          {custom === null && (
            <span className="muted" role="alert">
              {t("reports.invalidPeriod")}
            </span>
          )}
        </>
      )}
    </div>
  );
}
