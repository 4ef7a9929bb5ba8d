/** Pure: switching a route-to-store node between its kinds of store source. */
import type { RouteToStoreSource } from "@switchboard/engine";

export type Source = RouteToStoreSource["from"];

/** The node's store source after the author picks another kind; the same source when unchanged. */
export function switchSource(current: RouteToStoreSource, from: Source): RouteToStoreSource {
  if (current.from === from) return current;
  switch (from) {
    case "fixed":
      return { from, storeId: "" };
    case "attribute":
      return { from, attribute: "" };
    case "choice":
      return { from };
  }
}
