/**
 * Runs a route-to-store node: asks the server to put the conversation in a store's queue (the keys name
 * the store by id or name, most specific first; none when the source is empty), then hands over.
 */
import type { RouteToStoreNode } from "../bot/route-to-store-node-schema.js";
import type { Turn } from "./turn.js";

/** Pure: the ids or names, in order, the node's source gives for the store at this moment. */
export function storeKeysOf(node: RouteToStoreNode, turn: Turn): string[] {
  const source = node.store;
  switch (source.from) {
    case "fixed":
      return [source.storeId];
    case "attribute": {
      const value = turn.attributes[source.attribute]?.trim() ?? "";
      return value === "" ? [] : [value];
    }
    case "choice":
      return turn.chosenOption === undefined ? [] : [turn.chosenOption.id, turn.chosenOption.title];
  }
}

export function routeToStore(turn: Turn, node: RouteToStoreNode): null {
  turn.actions.push({ type: "route_to_store", storeKeys: storeKeysOf(node, turn) });
  turn.actions.push({ type: "handover" });
  turn.state.status = "handed_over";
  return null;
}
