/** "Open now" or "Closed · opens Mon 09:00" for a store, asked of the server on the store's own clock. */
import { useCallback, useState } from "react";
import { isAbort } from "../../api/error-text";
import { useStoresApi } from "../../api/stores-api";
import type { Store, StoreOpenState } from "../../api/stores-api";
import { useLoad } from "../../api/use-load";
import { useI18n } from "../../i18n/i18n-context";
import { openingText } from "./opening-text";

export function StoreOpenBadge({ store }: { store: Store }) {
  const { t, language } = useI18n();
  const api = useStoresApi();
  const [state, setState] = useState<StoreOpenState | null>(null);
  const load = useCallback(
    async (signal: AbortSignal) => {
      try {
        setState(await api.storeOpenState(store.id, undefined, signal));
      } catch (cause) {
        if (!isAbort(cause, signal)) setState(null);
      }
    },
    // A saved store may have new hours: ask again after each save.
    [api, store.id, store.updatedAt],
  );
  useLoad(load);
  if (state === null) return null;
  if (state.open) return <span className="badge badge--bot">{t("stores.openNow")}</span>;
  return (
    <span className="badge badge--closed">
      {state.nextOpeningAt === null
        ? t("stores.closedNow")
        : t("stores.opensAt", { time: openingText(state.nextOpeningAt, store.timeZone, language) })}
    </span>
  );
}
