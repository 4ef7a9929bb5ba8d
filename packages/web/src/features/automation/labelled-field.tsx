/** A labelled control of an automation form, with its hint and its problems; the id doubles as test id. */
import type { ReactNode } from "react";
import type { LimitViolation } from "../../api/types";
import { FieldViolations } from "../composer/field-violations";
import { problemAria } from "./problem-aria";

/** What the control spreads onto itself: its id, test id and `problemAria`. */
export interface LabelledControlProps {
  id: string;
  "data-testid": string;
  "aria-invalid": boolean;
  "aria-describedby"?: string;
}

interface LabelledFieldProps {
  id: string;
  label: ReactNode;
  problems: readonly LimitViolation[] | undefined;
  hint?: ReactNode;
  /** Classes besides `field` (`field--grow`, `template-part`…). */
  className?: string | undefined;
  children(control: LabelledControlProps): ReactNode;
  /** Shown after the problems (e.g. the examples of a text's variables). */
  after?: ReactNode;
}

export function LabelledField({ id, label, problems, hint, className, children, after }: LabelledFieldProps) {
  return (
    <div className={className === undefined ? "field" : `field ${className}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children({ id, "data-testid": id, ...problemAria(problems, id) })}
      {hint !== undefined && <span className="field__hint">{hint}</span>}
      <FieldViolations id={`${id}-problems`} problems={problems} />
      {after}
    </div>
  );
}
