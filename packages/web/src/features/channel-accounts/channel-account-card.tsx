/** One channel account: its ids, which secrets are set, and the webhook URL to paste into the platform. */
import { Fragment } from "react";
import type { ChannelAccount } from "../../api/types";
import type { MessageKey } from "../../i18n/en";
import { useI18n } from "../../i18n/i18n-context";
import { CopyField } from "./copy-field";
import { WebchatDetails } from "./webchat-details";

/** Meta needs a full URL; the server may answer with a path on its own origin. */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, window.location.origin).href;
  } catch {
    return url;
  }
}

/** What the platform calls the account's id. */
const externalIdLabel: Record<ChannelAccount["channel"], MessageKey> = {
  whatsapp: "accounts.phoneNumberId",
  messenger: "accountsChannel.pageId",
  instagram: "accountsChannel.instagramId",
  line: "accountsChannel.lineUserId",
  webchat: "accountsChannel.webchatId",
};

export function ChannelAccountCard({
  account,
  accounts = [],
}: {
  account: ChannelAccount;
  /** Every account, to name a web chat's "continue on" accounts. */
  accounts?: readonly ChannelAccount[];
}) {
  const { t } = useI18n();
  const isLine = account.channel === "line";
  const isWebchat = account.channel === "webchat";
  const platformSecrets: { label: string; set: boolean }[] = [
    {
      label: t(isLine ? "accountsChannel.channelAccessToken" : "accounts.accessToken"),
      set: account.secretsSet.accessToken,
    },
    {
      label: t(isLine ? "accountsChannel.channelSecret" : "accounts.appSecret"),
      set: account.secretsSet.appSecret,
    },
    ...(isLine ? [] : [{ label: t("accounts.verifyToken"), set: account.secretsSet.verifyToken }]),
  ];
  const secrets = isWebchat
    ? [{ label: t("webchat.identitySecret"), set: account.secretsSet.appSecret }]
    : platformSecrets;
  const handles: { label: MessageKey; value: string | undefined }[] = [
    { label: "accountsChannel.pageUsername", value: account.settings.pageUsername },
    { label: "accountsChannel.instagramUsername", value: account.settings.instagramUsername },
    { label: "accountsChannel.lineBasicId", value: account.settings.lineBasicId },
  ];
  return (
    <li
      className="account-card"
      data-testid="channel-account"
      data-channel={account.channel}
      data-external-id={account.externalId}
    >
      <header className="account-card__header">
        <span className={`channel-tag channel-tag--${account.channel}`}>
          {t(`channel.${account.channel}`)}
        </span>
        <h2>{account.name}</h2>
      </header>
      <dl className="facts">
        {account.settings.displayPhoneNumber && (
          <>
            <dt>{t("accounts.displayNumber")}</dt>
            <dd>{account.settings.displayPhoneNumber}</dd>
          </>
        )}
        {handles.map(
          (handle) =>
            handle.value && (
              <Fragment key={handle.label}>
                <dt>{t(handle.label)}</dt>
                <dd>{handle.value}</dd>
              </Fragment>
            ),
        )}
        <dt>{t(externalIdLabel[account.channel])}</dt>
        <dd>
          <code>{account.externalId}</code>
        </dd>
        {account.settings.wabaId && (
          <>
            <dt>{t("accounts.wabaId")}</dt>
            <dd>
              <code>{account.settings.wabaId}</code>
            </dd>
          </>
        )}
        <dt>{t("accounts.secrets")}</dt>
        <dd className="account-card__secrets">
          {secrets.map((secret) => (
            <span key={secret.label} className={`secret secret--${secret.set ? "set" : "missing"}`}>
              {secret.set ? "✓" : "✗"} {secret.label}:{" "}
              {secret.set ? t("accounts.secretSet") : t("accounts.secretMissing")}
            </span>
          ))}
        </dd>
      </dl>
      {isWebchat ? (
        <WebchatDetails account={account} accounts={accounts} />
      ) : (
        <CopyField
          label={t("accounts.webhookUrl")}
          value={absoluteUrl(account.webhookUrl)}
          testId="webhook-url"
        />
      )}
      <p className="field__hint">{t(`accountsChannel.webhookHelp.${account.channel}`)}</p>
    </li>
  );
}
