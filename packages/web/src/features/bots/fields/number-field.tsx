/** A labelled number input that reports only numbers; while the box is empty the value stays as it was. */
import { useState } from "react";
import type { LimitViolation } from "../../../api/types";
import { Field } from "./field";

interface NumberFieldProps {
  label: string;
  value: number;
  onChange(value: number): void;
  problems: readonly LimitViolation[] | undefined;
  testId?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
  step?: number | "any" | undefined;
  hint?: string | undefined;
  className?: string | undefined;
}

export function NumberField({
  label,
  value,
  onChange,
  problems,
  testId,
  min,
  max,
  step,
  hint,
  className,
}: NumberFieldProps) {
  // The typed text, so "-" or "1." can be typed on the way to a number.
  const [text, setText] = useState(String(value));
  const shown = Number(text) === value ? text : String(value);
  return (
    <Field label={label} problems={problems} hint={hint} className={className}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="decimal"
          data-testid={testId}
          value={shown}
          min={min}
          max={max}
          step={step}
          onChange={(event) => {
            setText(event.target.value);
            const parsed = Number(event.target.value);
            if (event.target.value.trim() !== "" && Number.isFinite(parsed)) onChange(parsed);
          }}
        />
      )}
    </Field>
  );
}
