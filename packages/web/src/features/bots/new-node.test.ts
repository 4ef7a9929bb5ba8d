import { describe, expect, it } from "vitest";
import type { Bot } from "../../api/bots-api";
import { nodeTargets } from "./module-references";
import { newNode, nodeKinds } from "./new-node";

const bot: Bot = {
  name: "Salon",
  modules: [
    { id: "welcome", name: "Welcome", kind: "welcome", nodes: [] },
    { id: "human_agent", name: "People", kind: "human_agent", nodes: [] },
  ],
};

describe("newNode", () => {
  it("makes a node of every kind the menu offers", () => {
    for (const kind of nodeKinds) expect(newNode(kind, bot, "welcome").kind).toBe(kind);
  });

  it("points new jumps at another module that exists", () => {
    for (const kind of ["go_to", "random_split"] as const) {
      const targets = nodeTargets(newNode(kind, bot, "welcome")).map((target) => target.moduleId);
      expect(targets.length).toBeGreaterThan(0);
      expect(targets.every((id) => id === "human_agent")).toBe(true);
    }
  });
});
