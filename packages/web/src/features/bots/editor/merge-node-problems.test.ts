import { describe, expect, it } from "vitest";
import { mergeNodeProblems } from "./merge-node-problems";

describe("mergeNodeProblems", () => {
  it("keeps live violations and the server's problems at other fields, with paths inside the node", () => {
    const live = [{ path: "message.text", rule: "required", message: "required, WhatsApp refuses it empty" }];
    const merged = mergeNodeProblems(live, [
      {
        moduleId: "welcome",
        nodeIndex: 0,
        path: "modules[0].nodes[0].message.text",
        message: "whatsapp: text: required",
      },
      { moduleId: "welcome", nodeIndex: 0, path: "modules[0].nodes[0].onGiveUp", message: "needs a module" },
    ]);
    expect(merged).toEqual([live[0], { path: "onGiveUp", rule: "invalid", message: "needs a module" }]);
  });
});
