/** The store's IANA time zone, typed with the browser's list of zones as suggestions. */
import { useMemo } from "react";
import type { LimitViolation } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { FieldViolations } from "../composer/field-violations";
import { problemAria } from "../automation/problem-aria";

interface TimeZoneFieldProps {
  value: string;
  problems: readonly LimitViolation[] | undefined;
  onChange(value: string): void;
}

function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf("timeZone");
  } catch {
    return [];
  }
}

export function TimeZoneField({ value, problems, onChange }: TimeZoneFieldProps) {
  const { t } = useI18n();
  const zones = useMemo(knownTimeZones, []);
  return (
    <div className="field field--grow">
      <label className="field__label" htmlFor="store-timezone">
        {t("stores.timeZone")}
      </label>
      <input
        id="store-timezone"
        data-testid="store-timezone"
        list="store-timezones"
        autoComplete="off"
        placeholder="Asia/Taipei"
        value={value}
        {...problemAria(problems, "store-timezone")}
        onChange={(event) => onChange(event.target.value)}
      />
      <datalist id="store-timezones">
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <span className="field__hint">{t("stores.timeZoneHint")}</span>
      <FieldViolations id="store-timezone-problems" problems={problems} />
    </div>
  );
}
