/**
 * Connects a channel account: pick the platform, then the ids and secrets from its developer console
 * (WhatsApp number, Facebook Page, Instagram account or LINE channel). Request issues show by their field.
 */
import { useState, type FormEvent } from "react";
import { ApiError } from "../../api/api-error";
import { useApi } from "../../api/api-context";
import { errorText } from "../../api/error-text";
import type { ChannelAccount } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import {
  accountChannels,
  accountFieldForPath,
  accountFieldsByChannel,
  emptyAccountDraft,
  type AccountChannel,
  type AccountDraft,
  type AccountField,
  type AccountFieldSpec,
} from "./account-form-fields";
import { accountRequest } from "./account-request";
import { randomToken } from "./random-token";
import { emptyWebchatDraft, WebchatFields } from "./webchat-fields";
import { webchatRequest } from "./webchat-request";

/** The form's channels: the platforms above, and a web chat on the brand's own website. */
type FormChannel = AccountChannel | "webchat";
const formChannels: readonly FormChannel[] = [...accountChannels, "webchat"];

interface ChannelAccountFormProps {
  /** `verifyToken` is empty for a channel without a handshake (LINE). */
  onCreated(account: ChannelAccount, verifyToken: string): void;
  onCancel(): void;
}

type FieldErrors = Partial<Record<AccountField, string[]>>;

export function ChannelAccountForm({ onCreated, onCancel }: ChannelAccountFormProps) {
  const api = useApi();
  const { t } = useI18n();
  const [channel, setChannel] = useState<FormChannel>("whatsapp");
  const [webchat, setWebchat] = useState(emptyWebchatDraft);
  const [draft, setDraft] = useState<AccountDraft>(() => ({
    ...emptyAccountDraft,
    verifyToken: randomToken(),
  }));
  const [saving, setSaving] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = (field: AccountField, value: string) =>
    setDraft((previous) => ({ ...previous, [field]: value }));

  function pickChannel(value: string) {
    const picked = formChannels.find((item) => item === value);
    if (picked === undefined) return;
    setChannel(picked);
    setFieldErrors({});
    setFormError(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setFieldErrors({});
    setFormError(null);
    try {
      const request = channel === "webchat" ? webchatRequest(webchat) : accountRequest(channel, draft);
      const account = await api.createChannelAccount(request);
      // A web chat shows its identity secret once, where other channels show the verify token.
      onCreated(
        account,
        channel === "webchat" ? request.secrets.appSecret : (request.secrets.verifyToken ?? ""),
      );
    } catch (error) {
      const byField: FieldErrors = {};
      const general: string[] = [];
      for (const issue of error instanceof ApiError ? error.issues : []) {
        const field = accountFieldForPath(issue.path);
        if (field) byField[field] = [...(byField[field] ?? []), issue.message];
        else general.push(issue.message);
      }
      setFieldErrors(byField);
      setFormError(t("accounts.saveFailed", { reason: [errorText(error), ...general].join(" · ") }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="card account-form"
      onSubmit={submit}
      aria-labelledby="account-form-title"
      data-testid="account-form"
    >
      <h2 id="account-form-title">{t("accountsChannel.formTitle", { channel: t(`channel.${channel}`) })}</h2>
      <div className="field">
        <label className="field__label" htmlFor="account-channel">
          {t("accountsChannel.channel")}
        </label>
        <select
          id="account-channel"
          data-testid="account-channel-select"
          value={channel}
          onChange={(event) => pickChannel(event.target.value)}
        >
          {formChannels.map((item) => (
            <option key={item} value={item}>
              {t(`channel.${item}`)}
            </option>
          ))}
        </select>
        <span className="field__hint">{t(`accountsChannel.intro.${channel}`)}</span>
      </div>
      <div className="account-form__grid">
        {channel === "webchat" && <WebchatFields draft={webchat} onChange={setWebchat} />}
        {(channel === "webchat" ? [] : accountFieldsByChannel[channel]).map((spec) => (
          <AccountInput
            key={spec.field}
            spec={spec}
            value={draft[spec.field]}
            errors={fieldErrors[spec.field]}
            onChange={(value) => set(spec.field, value)}
          />
        ))}
      </div>
      {formError && (
        <p className="banner banner--error" role="alert">
          {formError}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t("accounts.cancel")}
        </button>
        <button type="submit" className="button button--primary" data-testid="account-save" disabled={saving}>
          {saving ? t("accounts.saving") : t("accounts.save")}
        </button>
      </div>
    </form>
  );
}

interface AccountInputProps {
  spec: AccountFieldSpec;
  value: string;
  errors: string[] | undefined;
  onChange(value: string): void;
}

function AccountInput({ spec, value, errors, onChange }: AccountInputProps) {
  const { t } = useI18n();
  const id = `account-${spec.field}`;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t(spec.label)}
        {!spec.required && <span className="muted"> · {t("accounts.optional")}</span>}
      </label>
      <div className="copy-field__row">
        <input
          id={id}
          data-testid={id}
          type={spec.secret ? "password" : "text"}
          autoComplete="off"
          required={spec.required}
          value={value}
          placeholder={spec.placeholder}
          aria-invalid={errors !== undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {spec.field === "verifyToken" && (
          <button type="button" className="button" onClick={() => onChange(randomToken())}>
            {t("accounts.generate")}
          </button>
        )}
      </div>
      {spec.hint && <span className="field__hint">{t(spec.hint)}</span>}
      {errors?.map((message) => (
        <span key={message} className="field__error" data-testid={`${id}-error`}>
          {message}
        </span>
      ))}
    </div>
  );
}
