/** The items of one channel account (keyword rules, ref links, templates): loaded, then kept in step. */
import { useCallback, useState } from "react";
import { errorText, isAbort } from "../../api/error-text";
import { useLoad } from "../../api/use-load";
import type { Failure } from "./failure-banner";
import { replaceOrAppend } from "./replace-or-append";

export interface AccountList<T> {
  /** Null until the first load answers. */
  items: T[] | null;
  /** The last failed load, save or delete; null once one succeeds. */
  failure: Failure | null;
  setItems(items: T[]): void;
  setFailure(failure: Failure | null): void;
  /** Loads the list again; a failure that is not a cancel shows as `automation.loadFailed`. */
  reload(signal?: AbortSignal): Promise<void>;
  /** Puts a saved item into the list where `place` says. */
  put(item: T): void;
  /** Deletes through `request`, then drops the item; a failure shows as `automation.deleteFailed`. */
  remove(item: T, request: (id: string) => Promise<void>): Promise<void>;
}

/**
 * Loads with `load` on mount and whenever `load` changes, so pass a memoized callback (`useCallback`
 * over the API and the account id). `place` decides where a saved item goes (default: in place, or last).
 */
export function useAccountList<T extends { id: string }>(
  load: (signal?: AbortSignal) => Promise<T[]>,
  place: (list: readonly T[], item: T) => T[] = replaceOrAppend,
): AccountList<T> {
  const [items, setItems] = useState<T[] | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setItems(await load(signal));
        setFailure(null);
      } catch (cause) {
        if (!isAbort(cause, signal)) setFailure({ key: "automation.loadFailed", reason: errorText(cause) });
      }
    },
    [load],
  );

  useLoad(reload);

  function put(item: T) {
    setItems((previous) => place(previous ?? [], item));
  }

  async function remove(item: T, request: (id: string) => Promise<void>) {
    try {
      await request(item.id);
      setItems((previous) => (previous ?? []).filter((entry) => entry.id !== item.id));
      setFailure(null);
    } catch (cause) {
      setFailure({ key: "automation.deleteFailed", reason: errorText(cause) });
    }
  }

  return { items, failure, setItems, setFailure, reload, put, remove };
}
