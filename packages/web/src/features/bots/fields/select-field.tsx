/** A labelled select over a fixed list of values. */
import type { LimitViolation } from "../../../api/types";
import { Field } from "./field";

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
  problems: readonly LimitViolation[] | undefined;
  testId?: string | undefined;
  hint?: string | undefined;
  className?: string | undefined;
}

export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  problems,
  testId,
  hint,
  className,
}: SelectFieldProps<V>) {
  return (
    <Field label={label} problems={problems} hint={hint} className={className}>
      {(control) => (
        <select
          {...control}
          data-testid={testId}
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
