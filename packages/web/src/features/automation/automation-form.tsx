/**
 * The frame of every automation form: a card that does not use the browser's own validation, its
 * fields, the problems no field claims, why the save failed, and the button row.
 */
import type { FormEvent, ReactNode } from "react";
import type { LimitViolation } from "../../api/types";
import { FieldViolations } from "../composer/field-violations";
import { FormActions, type FormActionsProps } from "./form-actions";
import type { SaveProblem } from "./form-problems";
import { SaveProblemBanner } from "./save-problem-banner";

interface AutomationFormProps {
  /** Id of the heading that names the form. */
  labelledBy: string;
  testId?: string | undefined;
  onSubmit(event: FormEvent): void;
  /** Problems placed under `general`: shown above the buttons. */
  general: readonly LimitViolation[] | undefined;
  problem: SaveProblem | null;
  actions: FormActionsProps;
  children: ReactNode;
}

export function AutomationForm({
  labelledBy,
  testId,
  onSubmit,
  general,
  problem,
  actions,
  children,
}: AutomationFormProps) {
  return (
    <form
      noValidate
      className="card automation-form"
      onSubmit={onSubmit}
      aria-labelledby={labelledBy}
      data-testid={testId}
    >
      {children}
      <FieldViolations problems={general} />
      {problem && <SaveProblemBanner problem={problem} />}
      <FormActions {...actions} />
    </form>
  );
}
