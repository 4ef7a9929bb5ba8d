/** The broken limits of one field, shown right under it. */
import type { LimitViolation } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { violationText } from "./violation-text";

interface FieldViolationsProps {
  /** Referenced by the field's `aria-describedby`. */
  id?: string;
  problems: readonly LimitViolation[] | undefined;
}

export function FieldViolations({ id, problems }: FieldViolationsProps) {
  const { language } = useI18n();
  if (!problems || problems.length === 0) return null;
  return (
    <ul className="violations" id={id}>
      {problems.map((problem, index) => (
        <li
          key={`${problem.path}:${problem.rule}:${index}`}
          className="violation"
          data-testid="violation"
          data-path={problem.path}
          data-rule={problem.rule}
          title={problem.message}
        >
          <span aria-hidden="true">⚠ </span>
          {violationText(problem, language)}
        </li>
      ))}
    </ul>
  );
}
