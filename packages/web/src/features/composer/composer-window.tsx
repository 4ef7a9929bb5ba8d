/**
 * The 24-hour window above the composer: a live countdown while it is open; once it closed, what can still
 * be sent (templates on WhatsApp; on Messenger and Instagram, what the server's send policy allows).
 * Nothing on channels without such a window (LINE, web chat).
 */
import type { ChannelKind } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { useNow } from "../../time/use-now";
import { windowStateAt } from "../conversations/window-state";
import { countdownUrgency, formatCountdown, hasServiceWindow, windowPolicy } from "./window-countdown";

export function ComposerWindow({
  channel,
  windowExpiresAt,
}: {
  channel: ChannelKind;
  windowExpiresAt: number | null;
}) {
  const { t } = useI18n();
  const now = useNow(1_000);
  const state = windowStateAt(windowExpiresAt, now);
  if (!hasServiceWindow(channel)) return null;
  if (state.open) {
    const left = state.expiresAt - now;
    return (
      <span
        className={`composer-window composer-window--${countdownUrgency(left)}`}
        data-testid="composer-window"
        data-state="open"
        title={t("window.hint")}
      >
        {t("composerWindow.left", { time: formatCountdown(left) })}
      </span>
    );
  }
  const policy = windowPolicy(channel, false);
  return (
    <span
      className="composer-window composer-window--closed"
      data-testid="composer-window"
      data-state="closed"
      title={t("window.hint")}
    >
      {policy === "templates_only" ? t("composerWindow.templatesOnly") : t("composerWindow.serverDecides")}
    </span>
  );
}
