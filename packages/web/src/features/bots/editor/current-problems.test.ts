import { describe, expect, it } from "vitest";
import type { Bot, BotProblem } from "../../../api/bots-api";
import { addModule, deleteModule, renameModule } from "../module-edits";
import { moveNode, replaceNode } from "../node-edits";
import { currentProblems, stillApplies } from "./current-problems";

const checked: Bot = {
  name: "Salon",
  modules: [
    {
      id: "welcome",
      name: "Welcome",
      kind: "welcome",
      nodes: [
        { kind: "send", message: { kind: "text", text: "" } },
        { kind: "go_to", module: "gone" },
      ],
    },
    { id: "human_agent", name: "People", kind: "human_agent", nodes: [{ kind: "handover" }] },
    { id: "extra", name: "Extra", kind: "standard", nodes: [] },
  ],
};

const empty: BotProblem = {
  moduleId: "welcome",
  nodeIndex: 0,
  path: "modules[0].nodes[0].message.text",
  message: "required",
};
const dangling: BotProblem = {
  moduleId: "welcome",
  nodeIndex: 1,
  path: "modules[0].nodes[1].module",
  message: "missing",
};
const unreached: BotProblem = { moduleId: "extra", path: "modules[2]", message: "never reached" };

describe("stillApplies", () => {
  it("drops the problems of a node once it is edited, and only those", () => {
    const edited = replaceNode(checked, "welcome", 0, {
      kind: "send",
      message: { kind: "text", text: "Hi" },
    });
    expect(stillApplies(empty, checked, edited)).toBe(false);
    expect(stillApplies(dangling, checked, edited)).toBe(true);
  });

  it("drops node problems whose index now names another node", () => {
    const moved = moveNode(checked, "welcome", 1, 0);
    expect(stillApplies(empty, checked, moved)).toBe(false);
    expect(stillApplies(dangling, checked, moved)).toBe(false);
  });

  it("keeps module problems while the module exists", () => {
    expect(stillApplies(unreached, checked, renameModule(checked, "extra", "More"))).toBe(true);
    expect(stillApplies(unreached, checked, deleteModule(checked, "extra"))).toBe(false);
  });
});

describe("currentProblems", () => {
  it("keeps everything on the draft that was checked and nothing without a report", () => {
    const report = { source: "check" as const, problems: [empty, dangling, unreached], draft: checked };
    expect(currentProblems(report, checked)).toEqual([empty, dangling, unreached]);
    expect(currentProblems(report, addModule(checked, "New").bot)).toEqual([empty, dangling, unreached]);
    expect(currentProblems(null, checked)).toEqual([]);
  });
});
