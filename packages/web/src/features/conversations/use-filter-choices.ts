/**
 * What the inbox's filters offer: the stores, and the staff (GET /api/v1/users answers 403 to agents:
 * then `users` is null and the agent filter is hidden).
 */
import { useEffect, useState } from "react";
import { useInboxApi, type StaffUser } from "../../api/inbox-api";

export interface FilterChoices {
  stores: { id: string; name: string }[];
  /** Null when the caller may not list staff. */
  users: StaffUser[] | null;
}

export function useFilterChoices(): FilterChoices {
  const api = useInboxApi();
  const [choices, setChoices] = useState<FilterChoices>({ stores: [], users: null });
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    void Promise.all([api.listStores(signal).catch(() => []), api.listUsers(signal).catch(() => null)]).then(
      ([stores, users]) => {
        if (!signal.aborted) setChoices({ stores, users });
      },
    );
    return () => controller.abort();
  }, [api]);
  return choices;
}
