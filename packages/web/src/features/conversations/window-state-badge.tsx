/**
 * "Window open until 14:05" (with "tomorrow" when it ends after midnight: the window lasts 24 hours) or
 * "Window closed — only templates", kept current as time passes.
 */
import { useI18n } from "../../i18n/i18n-context";
import { daysBetween, formatClockTime, formatFullTime } from "../../time/relative-time";
import { useNow } from "../../time/use-now";
import { windowStateAt } from "./window-state";

export function WindowStateBadge({ windowExpiresAt }: { windowExpiresAt: number | null }) {
  const { t, language } = useI18n();
  const now = useNow(10_000);
  const state = windowStateAt(windowExpiresAt, now);
  const title = state.open
    ? `${t("window.hint")} (${formatFullTime(state.expiresAt, language)})`
    : t("window.hint");
  let label = t("window.closed");
  if (state.open) {
    const time = formatClockTime(state.expiresAt, language);
    label =
      daysBetween(now, state.expiresAt) > 0 ? t("window.openTomorrow", { time }) : t("window.open", { time });
  }
  return (
    <span
      className={`window-state window-state--${state.open ? "open" : "closed"}`}
      data-testid="window-state"
      data-state={state.open ? "open" : "closed"}
      title={title}
    >
      <span className="window-state__dot" aria-hidden="true" />
      {label}
    </span>
  );
}
