/** A labelled control with its hint and the problems of its field, linked for screen readers. */
import { useId, type ReactNode } from "react";
import type { LimitViolation } from "../../../api/types";
import { FieldViolations } from "../../composer/field-violations";

export interface ControlProps {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
}

interface FieldProps {
  label: string;
  problems: readonly LimitViolation[] | undefined;
  hint?: string | undefined;
  className?: string | undefined;
  children(control: ControlProps): ReactNode;
}

export function Field({ label, problems, hint, className, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const problemsId = `${id}-problems`;
  const invalid = problems !== undefined && problems.length > 0;
  const describedBy = [hint ? hintId : "", invalid ? problemsId : ""].filter((part) => part !== "").join(" ");
  return (
    <div className={["field", className].filter(Boolean).join(" ")}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({
        id,
        "aria-invalid": invalid,
        "aria-describedby": describedBy === "" ? undefined : describedBy,
      })}
      {hint && (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      )}
      <FieldViolations id={problemsId} problems={problems} />
    </div>
  );
}
