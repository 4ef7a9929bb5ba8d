/** A labelled text input or text area with its problems. */
import type { LimitViolation } from "../../../api/types";
import { Field } from "./field";

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  problems: readonly LimitViolation[] | undefined;
  testId?: string | undefined;
  placeholder?: string | undefined;
  hint?: string | undefined;
  /** Rows of a text area; a one-line input when absent. */
  rows?: number | undefined;
  type?: "text" | "url" | undefined;
  className?: string | undefined;
  mono?: boolean | undefined;
}

export function TextField({
  label,
  value,
  onChange,
  problems,
  testId,
  placeholder,
  hint,
  rows,
  type,
  className,
  mono,
}: TextFieldProps) {
  return (
    <Field label={label} problems={problems} hint={hint} className={className}>
      {(control) =>
        rows === undefined ? (
          <input
            {...control}
            type={type ?? "text"}
            className={mono ? "text-mono" : undefined}
            data-testid={testId}
            value={value}
            placeholder={placeholder}
            onChange={(event) => onChange(event.target.value)}
          />
        ) : (
          <textarea
            {...control}
            rows={rows}
            className={mono ? "text-mono" : undefined}
            data-testid={testId}
            value={value}
            placeholder={placeholder}
            onChange={(event) => onChange(event.target.value)}
          />
        )
      }
    </Field>
  );
}

/** `""` means "not set" for optional texts (footer, description…). */
export function optionalText(value: string): string | undefined {
  return value === "" ? undefined : value;
}
