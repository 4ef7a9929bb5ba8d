/** Creates or edits a user: name, e-mail, role, stores, capacity, password, active. Errors name the field. */
import { useState, type FormEvent } from "react";
import { ApiError } from "../../api/client";
import { errorText } from "../../api/error-text";
import { usePeopleApi } from "../../api/people-api";
import type { ConsoleUser, Role } from "../../api/session-api";
import type { Store } from "../../api/stores-api";
import { useI18n } from "../../i18n/i18n-context";
import { useSession } from "../auth/session-context";
import { draftOf, inputOf, toggleStore } from "./user-draft";
import type { UserDraft } from "./user-draft";

interface UserFormProps {
  user: ConsoleUser | undefined;
  stores: Store[];
  onSaved(user: ConsoleUser): void;
}

export function UserForm({ user, stores, onSaved }: UserFormProps) {
  const { t } = useI18n();
  const api = usePeopleApi();
  const { actor } = useSession();
  const isNew = user === undefined;
  const roles: Role[] = actor.role === "admin" ? ["admin", "store_manager", "agent"] : ["agent"];
  const [draft, setDraft] = useState<UserDraft>(() =>
    draftOf(user, "agent", actor.role === "admin" ? [] : [...actor.storeIds]),
  );
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const visibleStores = actor.role === "admin" ? stores : stores.filter((s) => actor.storeIds.includes(s.id));
  const set = (change: Partial<UserDraft>) => {
    setSaved(false);
    setDraft((previous) => ({ ...previous, ...change }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      const input = inputOf(draft, isNew);
      const result = isNew ? await api.createUser(input) : await api.updateUser(user.id, input);
      setSaved(true);
      onSaved(result);
    } catch (cause) {
      const issues = cause instanceof ApiError ? cause.issues.map((i) => `${i.path}: ${i.message}`) : [];
      setProblem(issues.length > 0 ? issues.join("; ") : errorText(cause));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="card people-form" data-testid="user-form" onSubmit={submit}>
      <h2>{isNew ? t("people.newUser") : user.name}</h2>
      <label className="field">
        <span className="field__label">{t("people.name")}</span>
        <input data-testid="user-name" value={draft.name} onChange={(e) => set({ name: e.target.value })} />
      </label>
      <label className="field">
        <span className="field__label">{t("auth.emailLabel")}</span>
        <input
          data-testid="user-email"
          type="email"
          value={draft.email}
          onChange={(e) => set({ email: e.target.value })}
        />
      </label>
      <label className="field">
        <span className="field__label">{t("people.roleLabel")}</span>
        <select
          data-testid="user-role"
          value={draft.role}
          onChange={(e) => set({ role: e.target.value as Role })}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`people.role.${role}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field">
        <legend className="field__label">{t("people.stores")}</legend>
        {visibleStores.length === 0 && <span className="field__hint">{t("people.noStores")}</span>}
        {visibleStores.map((store) => (
          <label key={store.id} className="checkbox">
            <input
              type="checkbox"
              data-testid={`user-store-${store.id}`}
              checked={draft.storeIds.includes(store.id)}
              onChange={() => setDraft((previous) => toggleStore(previous, store.id))}
            />
            {store.name}
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span className="field__label">{t("people.capacity")}</span>
        <input
          data-testid="user-capacity"
          inputMode="numeric"
          value={draft.capacity}
          placeholder={t("people.capacityNone")}
          onChange={(e) => set({ capacity: e.target.value })}
        />
        <span className="field__hint">{t("people.capacityHint")}</span>
      </label>
      <label className="field">
        <span className="field__label">{isNew ? t("auth.passwordLabel") : t("people.newPassword")}</span>
        <input
          data-testid="user-password"
          type="password"
          autoComplete="new-password"
          value={draft.password}
          onChange={(e) => set({ password: e.target.value })}
        />
        <span className="field__hint">{t("people.passwordHint")}</span>
      </label>
      {!isNew && (
        <label className="checkbox">
          <input
            type="checkbox"
            data-testid="user-active"
            checked={draft.active}
            onChange={(e) => set({ active: e.target.checked })}
          />
          {t("people.active")}
        </label>
      )}
      {problem !== null && (
        <p className="banner banner--error" role="alert" data-testid="user-problem">
          {problem}
        </p>
      )}
      {saved && (
        <p className="banner banner--success" role="status">
          {t("people.saved")}
        </p>
      )}
      <button type="submit" className="button button--primary" data-testid="user-save" disabled={saving}>
        {saving ? t("people.saving") : t("people.save")}
      </button>
    </form>
  );
}
