/** A small count of problems: a warning sign to see, the words to hear. */
import { useI18n } from "../../../i18n/i18n-context";

export function ProblemBadge({ count, testId }: { count: number; testId: string }) {
  const { t } = useI18n();
  return (
    <span className="badge badge--problems" data-testid={testId} data-count={count}>
      <span aria-hidden="true">⚠ {count}</span>
      <span className="visually-hidden">{t("botEditor.problemCount", { count })}</span>
    </span>
  );
}
