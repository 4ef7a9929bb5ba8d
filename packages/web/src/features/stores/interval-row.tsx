/** One opening interval: start and end as `HH:MM`, a remove button, and the problems of both times. */
import type { LimitViolation } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { FieldViolations } from "../composer/field-violations";
import { problemAria } from "../automation/problem-aria";
import type { IntervalDraft } from "./store-draft";

interface IntervalRowProps {
  /** Prefix of the ids and test ids: `store-hours-monday-0` → `…-start`, `…-end`, `…-remove`. */
  idPrefix: string;
  /** What the interval belongs to, for the inputs' accessible names ("Monday"). */
  owner: string;
  interval: IntervalDraft;
  problems: (part: "start" | "end") => LimitViolation[] | undefined;
  onChange(interval: IntervalDraft): void;
  onRemove(): void;
}

export function IntervalRow({ idPrefix, owner, interval, problems, onChange, onRemove }: IntervalRowProps) {
  const { t } = useI18n();
  const parts = [
    { part: "start" as const, label: t("stores.opens", { owner }) },
    { part: "end" as const, label: t("stores.closes", { owner }) },
  ];
  const rowProblems = [...(problems("start") ?? []), ...(problems("end") ?? [])];
  return (
    <div className="interval-row">
      <div className="interval-row__times">
        {parts.map(({ part, label }, index) => (
          <span key={part} className="interval-row__time">
            {index === 1 && <span aria-hidden="true">–</span>}
            <input
              id={`${idPrefix}-${part}`}
              data-testid={`${idPrefix}-${part}`}
              aria-label={label}
              className="interval-row__input"
              inputMode="numeric"
              autoComplete="off"
              placeholder="HH:MM"
              maxLength={5}
              value={interval[part]}
              {...problemAria(problems(part), idPrefix)}
              onChange={(event) => onChange({ ...interval, [part]: event.target.value })}
            />
          </span>
        ))}
        <button
          type="button"
          className="button button--ghost button--compact"
          data-testid={`${idPrefix}-remove`}
          aria-label={t("stores.removeInterval", { owner })}
          onClick={onRemove}
        >
          ×
        </button>
      </div>
      <FieldViolations
        id={`${idPrefix}-problems`}
        problems={rowProblems.length > 0 ? rowProblems : undefined}
      />
    </div>
  );
}
