/** Each listed store's assignment mode, loaded beside the store list and kept current after a change. */
import { useCallback, useState } from "react";
import { isAbort } from "../../api/error-text";
import { useStoreAssignmentApi } from "../../api/store-assignment-api";
import type { AssignmentMode } from "../../api/store-assignment-api";
import { useLoad } from "../../api/use-load";

export interface AssignmentModes {
  /** By store id; absent while loading or when it could not be read. */
  modes: Readonly<Record<string, AssignmentMode>>;
  /** Records a mode the panel just saved. */
  remember(storeId: string, mode: AssignmentMode): void;
}

export function useAssignmentModes(storeIds: readonly string[]): AssignmentModes {
  const api = useStoreAssignmentApi();
  const [modes, setModes] = useState<Record<string, AssignmentMode>>({});
  const key = storeIds.join(",");
  const load = useCallback(
    async (signal: AbortSignal) => {
      const ids = key === "" ? [] : key.split(",");
      const read = await Promise.all(
        ids.map(async (id) => {
          try {
            return [id, (await api.getAssignment(id, signal)).mode] as const;
          } catch (cause) {
            if (isAbort(cause, signal)) throw cause;
            return undefined;
          }
        }),
      ).catch(() => undefined);
      if (read === undefined) return;
      setModes(Object.fromEntries(read.filter((entry) => entry !== undefined)));
    },
    [api, key],
  );
  useLoad(load);
  const remember = useCallback((storeId: string, mode: AssignmentMode) => {
    setModes((previous) => ({ ...previous, [storeId]: mode }));
  }, []);
  return { modes, remember };
}
