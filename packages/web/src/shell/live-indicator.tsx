/** A small dot and word in the top bar: whether the console's live updates are arriving. */
import { useLiveStatus } from "../api/live-updates";
import { useI18n } from "../i18n/i18n-context";

export function LiveIndicator() {
  const { t } = useI18n();
  const status = useLiveStatus();
  if (status === "offline") return null;
  const live = status === "live";
  return (
    <span
      className={`live-indicator live-indicator--${status}`}
      data-testid="live-indicator"
      data-state={status}
      role="status"
      title={t(live ? "live.liveHint" : "live.offlineHint")}
    >
      <span className="live-indicator__dot" aria-hidden="true" />
      {t(live ? "live.live" : status === "connecting" ? "live.connecting" : "live.reconnecting")}
    </span>
  );
}
