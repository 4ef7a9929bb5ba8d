/** A web chat account's script tag to copy, and its settings: allowed websites and "continue on" accounts. */
import type { ChannelAccount } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { CopyField } from "./copy-field";
import { scriptTag, serverBase } from "./webchat-request";

export function WebchatDetails({
  account,
  accounts,
}: {
  account: ChannelAccount;
  accounts: readonly ChannelAccount[];
}) {
  const { t } = useI18n();
  const origins = account.settings.allowedOrigins ?? [];
  const continueOn = (account.settings.continueOnAccountIds ?? []).map((id) => {
    const target = accounts.find((item) => item.id === id);
    return target === undefined ? id : `${t(`channel.${target.channel}`)} · ${target.name}`;
  });
  const base = serverBase(account, window.location.origin);
  return (
    <div className="webchat-details" data-testid="webchat-details">
      <CopyField
        label={t("webchat.scriptTag")}
        value={scriptTag(account, window.location.origin)}
        testId="webchat-script-tag"
      />
      <p className="field__hint">
        {t("webchat.scriptTagHint")} {t("webchat.signedInHint")}
      </p>
      <dl className="facts">
        <dt>{t("webchat.allowedOrigins")}</dt>
        <dd data-testid="webchat-origins-view">
          {origins.length > 0 ? origins.join(", ") : t("webchat.originsNone")}
        </dd>
        {continueOn.length > 0 && (
          <>
            <dt>{t("webchat.continueOn")}</dt>
            <dd data-testid="webchat-continue-view">{continueOn.join(", ")}</dd>
          </>
        )}
        <dt>{t("webchat.demoPage")}</dt>
        <dd>
          <a
            href={`${base}/webchat/demo?key=${encodeURIComponent(account.externalId)}`}
            target="_blank"
            rel="noreferrer"
          >
            /webchat/demo
          </a>
        </dd>
      </dl>
    </div>
  );
}
