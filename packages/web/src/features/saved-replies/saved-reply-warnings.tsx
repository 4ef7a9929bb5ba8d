/** The limits each channel would refuse in a saved reply as written: saved anyway, shown as warnings. */
import type { SavedReplyWarning } from "../../api/saved-replies-api";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";
import { normalizePath } from "../composer/violation-path";
import { violationText } from "../composer/violation-text";

const channelKeys: Record<string, MessageKey> = {
  whatsapp: "channel.whatsapp",
  messenger: "channel.messenger",
  instagram: "channel.instagram",
  line: "channel.line",
  webchat: "channel.webchat",
};

export function SavedReplyWarnings({ warnings }: { warnings: readonly SavedReplyWarning[] }) {
  const { t, language } = useI18n();
  if (warnings.length === 0) return null;
  return (
    <div className="saved-reply-warnings" data-testid="saved-reply-warnings">
      <p className="saved-reply-warnings__title">{t("savedReplies.warningsTitle")}</p>
      <ul className="saved-reply-warnings__list">
        {warnings.map((warning, index) => {
          const key = channelKeys[warning.channel];
          // The compiler's sentence starts with its path inside the message.
          const inMessage = { ...warning, path: normalizePath(warning.path) };
          return (
            <li key={`${warning.channel}:${warning.path}:${index}`} data-path={warning.path}>
              <span aria-hidden="true">⚠ </span>
              {t("savedReplies.warning", {
                channel: key === undefined ? warning.channel : t(key),
                path: inMessage.path,
                problem: violationText(inMessage, language),
              })}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
