/** One channel account to publish on, with what it runs now. */
import type { ChannelAccount } from "../../../api/types";
import { useI18n } from "../../../i18n/i18n-context";
import type { RunningBot } from "./running-bots";

interface AccountChoiceProps {
  account: ChannelAccount;
  botId: string;
  running: RunningBot | undefined;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function AccountChoice({ account, botId, running, checked, onChange }: AccountChoiceProps) {
  const { t } = useI18n();
  const note =
    running === undefined
      ? t("botPublish.runsNothing")
      : running.botId === botId
        ? t("botPublish.runsThis", { n: running.versionNumber })
        : t("botPublish.runsOther", { name: running.botName, n: running.versionNumber });
  return (
    <li className="account-choice">
      <label className="bot-check">
        <input
          type="checkbox"
          data-testid={`publish-account-${account.id}`}
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span className="account-choice__text">
          <span>
            <span className={`channel-tag channel-tag--${account.channel}`}>
              {t(`channel.${account.channel}`)}
            </span>{" "}
            <strong>{account.name}</strong>
            {account.settings.displayPhoneNumber && (
              <span className="muted"> · {account.settings.displayPhoneNumber}</span>
            )}
          </span>
          <span
            className={`field__hint${running !== undefined && running.botId !== botId && checked ? " account-choice__warning" : ""}`}
          >
            {note}
          </span>
        </span>
      </label>
    </li>
  );
}
