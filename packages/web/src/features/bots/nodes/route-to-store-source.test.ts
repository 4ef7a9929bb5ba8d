import { describe, expect, it } from "vitest";
import { en } from "../../../i18n/en";
import { translate } from "../../../i18n/translate";
import { nodeSummary } from "../editor/node-summary";
import { newNode } from "../new-node";
import { nodeFieldPaths } from "../field-paths";
import type { Bot } from "../../../api/bots-api";
import { switchSource } from "./route-to-store-source";

describe("route-to-store node in the editor", () => {
  it("keeps the source when unchanged and starts the new one empty", () => {
    const fixed = { from: "fixed" as const, storeId: "store-1" };
    expect(switchSource(fixed, "fixed")).toBe(fixed);
    expect(switchSource(fixed, "attribute")).toEqual({ from: "attribute", attribute: "" });
    expect(switchSource(fixed, "choice")).toEqual({ from: "choice" });
    expect(switchSource({ from: "choice" }, "fixed")).toEqual({ from: "fixed", storeId: "" });
  });

  it("starts from the customer's choice and sums up each source", () => {
    const t = (key: Parameters<typeof translate>[1]) => translate(en, key);
    const bot: Bot = {
      name: "Counters",
      modules: [{ id: "welcome", name: "Welcome", kind: "welcome", nodes: [] }],
    };
    const node = newNode("route_to_store", bot, "welcome");
    expect(node).toEqual({ kind: "route_to_store", store: { from: "choice" } });
    expect(nodeSummary(node, (id) => id, t)).toBe("the chosen option's store");
    const byAttribute = {
      kind: "route_to_store" as const,
      store: { from: "attribute" as const, attribute: "counter" },
    };
    expect(nodeSummary(byAttribute, (id) => id, t)).toBe("{{counter}}");
    // Publish problems at the node's fields land on the form.
    expect(nodeFieldPaths(node)).toContain("store.storeId");
  });
});
