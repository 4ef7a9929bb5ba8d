/** The web chat's fields in the account form: name, allowed websites, "continue on" accounts, identity secret. */
import { useCallback, useState } from "react";
import { useApi } from "../../api/api-context";
import { useLoad } from "../../api/use-load";
import type { ChannelAccount } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { randomToken } from "./random-token";
import type { WebchatDraft } from "./webchat-request";

const CONTINUE_CHANNELS = new Set(["whatsapp", "messenger", "instagram", "line"]);

export function emptyWebchatDraft(): WebchatDraft {
  return { name: "", origins: "", continueOnAccountIds: [], appSecret: randomToken() };
}

export function WebchatFields({
  draft,
  onChange,
}: {
  draft: WebchatDraft;
  onChange(draft: WebchatDraft): void;
}) {
  const api = useApi();
  const { t } = useI18n();
  const [accounts, setAccounts] = useState<ChannelAccount[]>([]);
  const load = useCallback(
    async (signal: AbortSignal) => {
      const all = await api.listChannelAccounts(signal).catch(() => []);
      setAccounts(all.filter((account) => CONTINUE_CHANNELS.has(account.channel)));
    },
    [api],
  );
  useLoad(load);
  const toggle = (id: string, on: boolean) =>
    onChange({
      ...draft,
      continueOnAccountIds: on
        ? [...draft.continueOnAccountIds, id]
        : draft.continueOnAccountIds.filter((item) => item !== id),
    });

  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor="account-name">
          {t("accounts.name")}
        </label>
        <input
          id="account-name"
          data-testid="account-name"
          required
          value={draft.name}
          onChange={(event) => onChange({ ...draft, name: event.target.value })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="webchat-origins">
          {t("webchat.allowedOrigins")} <span className="muted"> · {t("accounts.optional")}</span>
        </label>
        <textarea
          id="webchat-origins"
          data-testid="webchat-origins"
          rows={3}
          placeholder="https://shop.example.com"
          value={draft.origins}
          onChange={(event) => onChange({ ...draft, origins: event.target.value })}
        />
        <span className="field__hint">{t("webchat.allowedOriginsHint")}</span>
      </div>
      <fieldset className="field">
        <legend className="field__label">{t("webchat.continueOn")}</legend>
        {accounts.length === 0 && <span className="field__hint">{t("webchat.continueOnNone")}</span>}
        {accounts.map((account) => (
          <label key={account.id} className="checkbox">
            <input
              type="checkbox"
              data-testid="webchat-continue-on"
              checked={draft.continueOnAccountIds.includes(account.id)}
              onChange={(event) => toggle(account.id, event.target.checked)}
            />{" "}
            {t(`channel.${account.channel}`)} · {account.name}
          </label>
        ))}
        <span className="field__hint">{t("webchat.continueOnHint")}</span>
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor="webchat-secret">
          {t("webchat.identitySecret")}
        </label>
        <div className="copy-field__row">
          <input
            id="webchat-secret"
            data-testid="webchat-secret"
            required
            autoComplete="off"
            value={draft.appSecret}
            onChange={(event) => onChange({ ...draft, appSecret: event.target.value })}
          />
          <button
            type="button"
            className="button"
            onClick={() => onChange({ ...draft, appSecret: randomToken() })}
          >
            {t("accounts.generate")}
          </button>
        </div>
        <span className="field__hint">{t("webchat.identitySecretHint")}</span>
      </div>
    </>
  );
}
