/** The headline of a failed send, above the composer's fields. */
import { useI18n } from "../../i18n/i18n-context";
import type { SendProblem } from "./send-problem";

export function SendProblemBanner({ problem }: { problem: SendProblem }) {
  const { t } = useI18n();
  if (problem.kind === "window_closed") {
    return (
      <div className="banner banner--warning" role="alert" data-testid="send-error" data-code="window_closed">
        <strong>{t("composer.windowClosed")}</strong> {problem.message}
      </div>
    );
  }
  if (problem.kind === "invalid") {
    const code = problem.source === "limits" ? "message_invalid" : "invalid_request";
    return (
      <div className="banner banner--error" role="alert" data-testid="send-error" data-code={code}>
        {problem.source === "limits" ? t("composer.invalid") : t("composer.issues")}
      </div>
    );
  }
  return (
    <div className="banner banner--error" role="alert" data-testid="send-error" data-code="failed">
      {t("composer.failed", { reason: problem.message })}
    </div>
  );
}
