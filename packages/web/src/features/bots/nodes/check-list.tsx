/** A row of checkboxes for picking several values (weekdays, channels). */
import { useId } from "react";
import type { LimitViolation } from "../../../api/types";
import { FieldViolations } from "../../composer/field-violations";

interface CheckListProps<V extends string> {
  legend: string;
  values: readonly V[];
  chosen: readonly V[];
  labelOf(value: V): string;
  onToggle(value: V, on: boolean): void;
  problems: readonly LimitViolation[] | undefined;
  testId: string;
}

export function CheckList<V extends string>({
  legend,
  values,
  chosen,
  labelOf,
  onToggle,
  problems,
  testId,
}: CheckListProps<V>) {
  const id = useId();
  return (
    <fieldset className="check-list" aria-describedby={problems?.length ? `${id}-problems` : undefined}>
      <legend className="field__label">{legend}</legend>
      <div className="check-list__items">
        {values.map((value) => (
          <label key={value} className="bot-check">
            <input
              type="checkbox"
              data-testid={`${testId}-${value}`}
              checked={chosen.includes(value)}
              onChange={(event) => onToggle(value, event.target.checked)}
            />
            {labelOf(value)}
          </label>
        ))}
      </div>
      <FieldViolations id={`${id}-problems`} problems={problems} />
    </fieldset>
  );
}
