/** Adds a WhatsApp Cloud API number: ids from Meta's app dashboard and the secrets to call and verify it. */
import { useState, type FormEvent } from "react";
import { ApiError } from "../../api/api-error";
import { useApi } from "../../api/api-context";
import { errorText } from "../../api/error-text";
import type { ChannelAccount, NewWhatsAppAccount } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import {
  accountFieldForPath,
  accountFields,
  emptyAccountDraft,
  type AccountDraft,
  type AccountField,
} from "./account-form-fields";
import { randomToken } from "./random-token";

interface WhatsAppAccountFormProps {
  onCreated(account: ChannelAccount, verifyToken: string): void;
  onCancel(): void;
}

function toRequest(draft: AccountDraft): NewWhatsAppAccount {
  const settings: NewWhatsAppAccount["settings"] = {};
  if (draft.wabaId.trim() !== "") settings.wabaId = draft.wabaId.trim();
  if (draft.displayPhoneNumber.trim() !== "") settings.displayPhoneNumber = draft.displayPhoneNumber.trim();
  return {
    channel: "whatsapp",
    name: draft.name.trim(),
    externalId: draft.externalId.trim(),
    settings,
    secrets: {
      accessToken: draft.accessToken.trim(),
      appSecret: draft.appSecret.trim(),
      verifyToken: draft.verifyToken,
    },
  };
}

export function WhatsAppAccountForm({ onCreated, onCancel }: WhatsAppAccountFormProps) {
  const api = useApi();
  const { t } = useI18n();
  const [draft, setDraft] = useState<AccountDraft>(() => ({
    ...emptyAccountDraft,
    verifyToken: randomToken(),
  }));
  const [saving, setSaving] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<AccountField, string[]>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = (field: AccountField, value: string) =>
    setDraft((previous) => ({ ...previous, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setFieldErrors({});
    setFormError(null);
    try {
      const account = await api.createChannelAccount(toRequest(draft));
      onCreated(account, draft.verifyToken);
    } catch (error) {
      const byField: Partial<Record<AccountField, string[]>> = {};
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
      <h2 id="account-form-title">{t("accounts.formTitle")}</h2>
      <div className="account-form__grid">
        {accountFields.map((spec) => {
          const errors = fieldErrors[spec.field];
          const id = `account-${spec.field}`;
          return (
            <div key={spec.field} className="field">
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
                  value={draft[spec.field]}
                  placeholder={spec.placeholder}
                  aria-invalid={errors !== undefined}
                  onChange={(event) => set(spec.field, event.target.value)}
                />
                {spec.field === "verifyToken" && (
                  <button type="button" className="button" onClick={() => set("verifyToken", randomToken())}>
                    {t("accounts.generate")}
                  </button>
                )}
              </div>
              {spec.hint && <span className="field__hint">{t(spec.hint)}</span>}
              {errors?.map((message) => (
                <span key={message} className="field__error">
                  {message}
                </span>
              ))}
            </div>
          );
        })}
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
