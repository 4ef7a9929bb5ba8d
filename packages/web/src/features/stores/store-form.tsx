/** Edits one store: name, time zone, weekly hours, holidays, served accounts and the queue replies. */
import { useMemo, useState, type FormEvent } from "react";
import { useStoresApi } from "../../api/stores-api";
import type { Store } from "../../api/stores-api";
import type { ChannelAccount } from "../../api/types";
import { useI18n } from "../../i18n/i18n-context";
import { FieldViolations } from "../composer/field-violations";
import { ConfirmDeleteButton } from "../automation/confirm-delete-button";
import { placeProblems, saveProblemOf, type SaveProblem } from "../automation/form-problems";
import { SaveProblemBanner } from "../automation/save-problem-banner";
import { HolidaysEditor } from "./holidays-editor";
import { ServedAccountsField } from "./served-accounts-field";
import { StoreTextField } from "./store-text-field";
import { newStoreDraft, storeDraftOf, storeFieldOf, storeFieldShown, storeInputOf } from "./store-draft";
import type { StoreDraft } from "./store-draft";
import { TimeZoneField } from "./time-zone-field";
import { WeeklyHoursEditor } from "./weekly-hours-editor";

interface StoreFormProps {
  /** Null: a new store. */
  store: Store | null;
  accounts: readonly ChannelAccount[];
  onSaved(store: Store): void;
  onDeleted(id: string): void;
}

function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function StoreForm({ store, accounts, onSaved, onDeleted }: StoreFormProps) {
  const { t } = useI18n();
  const api = useStoresApi();
  const [draft, setDraft] = useState<StoreDraft>(() =>
    store === null ? newStoreDraft(browserTimeZone()) : storeDraftOf(store),
  );
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [saved, setSaved] = useState(false);

  const placed = useMemo(() => {
    const accountIds = accounts.map((account) => account.id);
    return placeProblems(
      problem?.problems ?? [],
      (path) => storeFieldOf(path, draft),
      (field) => storeFieldShown(field, draft, accountIds),
    );
  }, [problem, draft, accounts]);
  const problems = (field: string) => placed.get(field);

  function change(next: Partial<StoreDraft>) {
    setDraft((previous) => ({ ...previous, ...next }));
    setSaved(false);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      const input = storeInputOf(draft);
      const result = store === null ? await api.createStore(input) : await api.updateStore(store.id, input);
      setDraft(storeDraftOf(result));
      setSaved(true);
      onSaved(result);
    } catch (error) {
      setProblem(saveProblemOf(error));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="card store-form"
      data-testid="store-form"
      onSubmit={(event) => void save(event)}
      noValidate
    >
      <h2>{store === null ? t("stores.newStore") : store.name}</h2>
      <div className="store-form__row">
        <StoreTextField
          id="store-name"
          grow
          label={t("stores.name")}
          value={draft.name}
          placeholder={t("stores.namePlaceholder")}
          problems={problems("name")}
          onChange={(name) => change({ name })}
        />
        <TimeZoneField
          value={draft.timeZone}
          problems={problems("timeZone")}
          onChange={(timeZone) => change({ timeZone })}
        />
      </div>
      <WeeklyHoursEditor hours={draft.hours} problems={problems} onChange={(hours) => change({ hours })} />
      <HolidaysEditor
        holidays={draft.holidays}
        problems={problems}
        onChange={(holidays) => change({ holidays })}
      />
      <ServedAccountsField
        accounts={accounts}
        links={draft.channelAccounts}
        problems={problems}
        onChange={(channelAccounts) => change({ channelAccounts })}
      />
      <StoreTextField
        id="store-offline-reply"
        multiline
        label={t("stores.offlineReply")}
        hint={t("stores.offlineReplyHint")}
        value={draft.offlineReply}
        placeholder={t("stores.offlineReplyPlaceholder")}
        problems={problems("offlineReply")}
        onChange={(offlineReply) => change({ offlineReply })}
      />
      <StoreTextField
        id="store-instant-reply"
        multiline
        label={t("stores.instantReply")}
        hint={t("stores.instantReplyHint")}
        value={draft.instantReply}
        placeholder={t("stores.instantReplyPlaceholder")}
        problems={problems("instantReply")}
        onChange={(instantReply) => change({ instantReply })}
      />
      <FieldViolations problems={placed.get("general")} />
      {problem && <SaveProblemBanner problem={problem} />}
      <div className="form-actions">
        {store !== null && (
          <ConfirmDeleteButton
            subject={store.name}
            testId="store-delete"
            onConfirm={async () => {
              try {
                await api.deleteStore(store.id);
                onDeleted(store.id);
              } catch (error) {
                setProblem(saveProblemOf(error));
              }
            }}
          />
        )}
        {saved && (
          <span className="saved-note" role="status" data-testid="store-saved">
            {t("stores.saved")}
          </span>
        )}
        <button type="submit" className="button button--primary" data-testid="store-save" disabled={saving}>
          {saving ? t("stores.saving") : t("stores.save")}
        </button>
      </div>
    </form>
  );
}
