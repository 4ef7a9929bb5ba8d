/** A labelled text input or text area of the store form, with its hint and its problems; the id is the test id. */
import type { LimitViolation } from "../../api/types";
import { FieldViolations } from "../composer/field-violations";
import { problemAria } from "../automation/problem-aria";

interface StoreTextFieldProps {
  id: string;
  label: string;
  value: string;
  problems: readonly LimitViolation[] | undefined;
  onChange(value: string): void;
  placeholder?: string;
  hint?: string;
  multiline?: boolean;
  /** Shares a row with other fields (a column form must not stretch it). */
  grow?: boolean;
}

export function StoreTextField(props: StoreTextFieldProps) {
  const { id, label, value, problems, onChange, placeholder, hint, multiline = false, grow = false } = props;
  const control = {
    id,
    "data-testid": id,
    value,
    placeholder,
    ...problemAria(problems, id),
  };
  return (
    <div className={grow ? "field field--grow" : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {multiline ? (
        <textarea {...control} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...control} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      )}
      {hint !== undefined && <span className="field__hint">{hint}</span>}
      <FieldViolations id={`${id}-problems`} problems={problems} />
    </div>
  );
}
