/** One channel account: its numbers, which secrets are set, and the webhook URL for Meta. */
import type { ChannelAccount } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { CopyField } from "./copy-field";

/** Meta needs a full URL; the server may answer with a path on its own origin. */
export function absoluteUrl(url: string): string {
  try {
    return new URL(url, window.location.origin).href;
  } catch {
    return url;
  }
}

export function ChannelAccountCard({ account }: { account: ChannelAccount }) {
  const { t } = useI18n();
  const secrets: { label: string; set: boolean }[] = [
    { label: t("accounts.accessToken"), set: account.secretsSet.accessToken },
    { label: t("accounts.appSecret"), set: account.secretsSet.appSecret },
    { label: t("accounts.verifyToken"), set: account.secretsSet.verifyToken },
  ];
  return (
    <li className="account-card" data-testid="channel-account" data-external-id={account.externalId}>
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
        <dt>{t("accounts.phoneNumberId")}</dt>
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
      <CopyField
        label={t("accounts.webhookUrl")}
        value={absoluteUrl(account.webhookUrl)}
        testId="webhook-url"
      />
    </li>
  );
}
