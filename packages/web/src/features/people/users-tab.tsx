/** The users list and the form of the one chosen (or a new one). */
import { useCallback, useState } from "react";
import { errorText, isAbort } from "../../api/error-text";
import { usePeopleApi } from "../../api/people-api";
import type { ConsoleUser } from "../../api/session-api";
import { useStoresApi } from "../../api/stores-api";
import type { Store } from "../../api/stores-api";
import { useLoad } from "../../api/use-load";
import { useI18n } from "../../i18n/i18n-context";
import { UserForm } from "./user-form";

type Editing = { kind: "none" } | { kind: "new"; key: number } | { kind: "user"; id: string };

export function UsersTab() {
  const { t } = useI18n();
  const api = usePeopleApi();
  const storesApi = useStoresApi();
  const [users, setUsers] = useState<ConsoleUser[] | null>(null);
  const [stores, setStores] = useState<Store[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>({ kind: "none" });

  const load = useCallback(
    async (signal: AbortSignal) => {
      try {
        const [loadedUsers, loadedStores] = await Promise.all([
          api.listUsers(signal),
          storesApi.listStores(signal),
        ]);
        setUsers(loadedUsers);
        setStores(loadedStores);
        setFailure(null);
      } catch (cause) {
        if (!isAbort(cause, signal)) setFailure(errorText(cause));
      }
    },
    [api, storesApi],
  );
  useLoad(load);

  function onSaved(user: ConsoleUser) {
    setUsers((previous) => {
      const list = previous ?? [];
      const next = list.some((u) => u.id === user.id)
        ? list.map((u) => (u.id === user.id ? user : u))
        : [...list, user];
      return next.sort((a, b) => a.name.localeCompare(b.name));
    });
    setEditing({ kind: "user", id: user.id });
  }

  const storeName = (id: string) => stores.find((s) => s.id === id)?.name ?? id;
  const chosen = editing.kind === "user" ? users?.find((u) => u.id === editing.id) : undefined;

  return (
    <>
      <div className="people-toolbar">
        <p className="field__hint">{t("people.usersIntro")}</p>
        <button
          type="button"
          className="button button--primary"
          data-testid="user-create"
          onClick={() => setEditing({ kind: "new", key: Date.now() })}
        >
          + {t("people.newUser")}
        </button>
      </div>
      {failure !== null && (
        <p className="banner banner--error" role="alert">
          {t("people.loadFailed", { reason: failure })}
        </p>
      )}
      {users !== null && users.length === 0 && <p className="empty-state">{t("people.noUsers")}</p>}
      {users !== null && users.length > 0 && (
        <ul className="store-list">
          {users.map((user) => (
            <li key={user.id}>
              <button
                type="button"
                className="store-row"
                data-testid="user-row"
                aria-current={editing.kind === "user" && editing.id === user.id ? "true" : undefined}
                onClick={() => setEditing({ kind: "user", id: user.id })}
              >
                <span className="store-row__name">{user.name}</span>
                <span className="store-row__facts">
                  {user.email} · {t(`people.role.${user.role}`)}
                  {user.storeIds.length > 0 && ` · ${user.storeIds.map(storeName).join(", ")}`}
                </span>
                {!user.active && <span className="badge">{t("people.inactive")}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {editing.kind === "new" && (
        <UserForm key={`new-${editing.key}`} user={undefined} stores={stores} onSaved={onSaved} />
      )}
      {chosen !== undefined && <UserForm key={chosen.id} user={chosen} stores={stores} onSaved={onSaved} />}
    </>
  );
}
