/** The stores settings page: the list of stores, and the form of the one chosen (or a new one). */
import { useCallback, useState } from "react";
import { useApi } from "../../api/api-context";
import { errorText, isAbort } from "../../api/error-text";
import { useStoresApi } from "../../api/stores-api";
import type { Store } from "../../api/stores-api";
import type { ChannelAccount } from "../../api/types";
import { useLoad } from "../../api/use-load";
import { useI18n } from "../../i18n/i18n-context";
import { StoreForm } from "./store-form";
import { StoreOpenBadge } from "./store-open-badge";
import { AssignmentPanel } from "./assignment-panel";
import { useAssignmentModes } from "./assignment-modes";

/** Which form shows: none, a new store, or a stored one by id. */
type Editing = { kind: "none" } | { kind: "new"; key: number } | { kind: "store"; id: string };

export function StoresPage() {
  const { t } = useI18n();
  const client = useApi();
  const api = useStoresApi();
  const [stores, setStores] = useState<Store[] | null>(null);
  const [accounts, setAccounts] = useState<ChannelAccount[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>({ kind: "none" });

  const load = useCallback(
    async (signal: AbortSignal) => {
      try {
        const [loadedStores, loadedAccounts] = await Promise.all([
          api.listStores(signal),
          client.listChannelAccounts(signal),
        ]);
        setStores(loadedStores);
        setAccounts(loadedAccounts);
        setFailure(null);
      } catch (cause) {
        if (!isAbort(cause, signal)) setFailure(errorText(cause));
      }
    },
    [api, client],
  );
  useLoad(load);

  function onSaved(store: Store) {
    setStores((previous) => {
      const list = previous ?? [];
      const next = list.some((s) => s.id === store.id)
        ? list.map((s) => (s.id === store.id ? store : s))
        : [...list, store];
      return next.sort((a, b) => a.name.localeCompare(b.name));
    });
    setEditing({ kind: "store", id: store.id });
  }

  function onDeleted(id: string) {
    setStores((previous) => (previous ?? []).filter((s) => s.id !== id));
    setEditing({ kind: "none" });
  }

  const chosen = editing.kind === "store" ? stores?.find((s) => s.id === editing.id) : undefined;
  const accountName = (id: string) => accounts.find((a) => a.id === id)?.name ?? id;
  const assignment = useAssignmentModes((stores ?? []).map((s) => s.id));

  return (
    <main className="page">
      <div className="page__header">
        <h1>{t("stores.title")}</h1>
        <button
          type="button"
          className="button button--primary"
          data-testid="store-create"
          onClick={() => setEditing({ kind: "new", key: Date.now() })}
        >
          + {t("stores.create")}
        </button>
      </div>
      <p className="field__hint stores-intro">{t("stores.intro")}</p>
      {failure !== null && (
        <p className="banner banner--error" role="alert">
          {t("stores.loadFailed", { reason: failure })}
        </p>
      )}
      {stores === null && failure === null && <p className="empty-state">{t("stores.loading")}</p>}
      {stores !== null && stores.length === 0 && editing.kind !== "new" && (
        <p className="empty-state">{t("stores.empty")}</p>
      )}
      {stores !== null && stores.length > 0 && (
        <ul className="store-list">
          {stores.map((store) => (
            <li key={store.id}>
              <button
                type="button"
                className="store-row"
                data-testid="store-row"
                aria-current={editing.kind === "store" && editing.id === store.id ? "true" : undefined}
                onClick={() => setEditing({ kind: "store", id: store.id })}
              >
                <span className="store-row__name">{store.name}</span>
                <span className="store-row__facts">
                  {store.timeZone}
                  {store.channelAccounts.length > 0 &&
                    ` · ${store.channelAccounts.map((link) => accountName(link.channelAccountId)).join(", ")}`}
                </span>
                <StoreOpenBadge store={store} />
                {assignment.modes[store.id] !== undefined && (
                  <span className="badge" data-testid="store-assignment-mode">
                    {t("assignment.badge", {
                      mode: t(`assignment.mode.${assignment.modes[store.id] ?? "manual"}`),
                    })}
                  </span>
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing.kind === "new" && (
        <StoreForm
          key={`new-${editing.key}`}
          store={null}
          accounts={accounts}
          onSaved={onSaved}
          onDeleted={onDeleted}
        />
      )}
      {chosen !== undefined && (
        <StoreForm
          key={chosen.id}
          store={chosen}
          accounts={accounts}
          onSaved={onSaved}
          onDeleted={onDeleted}
        />
      )}
      {chosen !== undefined && (
        <AssignmentPanel
          key={`assignment-${chosen.id}`}
          storeId={chosen.id}
          onModeSaved={assignment.remember}
        />
      )}
    </main>
  );
}
