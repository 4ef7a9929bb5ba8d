/** Above a form's buttons: "fix the marked fields", or why the save failed when no field is to blame. */
import { useI18n } from "../../i18n/i18n-context";
import type { SaveProblem } from "./form-problems";

export function SaveProblemBanner({ problem }: { problem: SaveProblem }) {
  const { t } = useI18n();
  return (
    <p className="banner banner--error" role="alert" data-testid="save-problem">
      {problem.reason === null
        ? t("automation.fixFields")
        : t("automation.saveFailed", { reason: problem.reason })}
    </p>
  );
}
