import { describe, expect, it } from "vitest";
import { parseApiError } from "../../api/api-error";
import type { Bot, BotProblem } from "../../api/bots-api";
import { botProblemsOfError, pathProblemsOfError, toBotProblems } from "./error-problems";
import { groupProblems, nodeKey, problemCounts } from "./problem-groups";

const bot: Bot = {
  name: "Salon",
  modules: [
    { id: "welcome", name: "Welcome", kind: "welcome", nodes: [] },
    { id: "human_agent", name: "People", kind: "human_agent", nodes: [] },
    { id: "booking", name: "Booking", kind: "standard", nodes: [] },
  ],
};

describe("groupProblems", () => {
  it("groups by module in the draft's order, module-wide problems first, then by node", () => {
    const problems: BotProblem[] = [
      { moduleId: "booking", nodeIndex: 2, path: "modules[2].nodes[2].body", message: "b2" },
      {
        moduleId: "welcome",
        nodeIndex: 0,
        path: "modules[0].nodes[0].sections[0].options[0].goTo",
        message: "w0",
      },
      { moduleId: "booking", path: "modules[2]", message: "unreached" },
      { moduleId: "gone", nodeIndex: 0, path: "modules[3].nodes[0]", message: "g0" },
      { moduleId: "booking", nodeIndex: 0, path: "modules[2].nodes[0].message.text", message: "b0" },
    ];
    const groups = groupProblems(problems, bot);
    expect(groups.map((group) => [group.moduleId, group.moduleName])).toEqual([
      ["welcome", "Welcome"],
      ["booking", "Booking"],
      ["gone", null],
    ]);
    expect(groups[0]?.items[0]).toMatchObject({ nodeNumber: 1, field: "sections[0].options[0].goTo" });
    expect(groups[1]?.items.map((item) => [item.problem.message, item.nodeNumber, item.field])).toEqual([
      ["unreached", null, ""],
      ["b0", 1, "message.text"],
      ["b2", 3, "body"],
    ]);
  });

  it("puts problems of the bot as a whole first", () => {
    const groups = groupProblems(
      [
        { moduleId: "welcome", nodeIndex: 0, path: "modules[0].nodes[0]", message: "a" },
        { moduleId: "", path: "modules", message: "a bot needs exactly one welcome module" },
      ],
      bot,
    );
    expect(groups.map((group) => group.moduleId)).toEqual(["", "welcome"]);
  });

  it("counts problems per module and per node", () => {
    const { byModule, byNode } = problemCounts([
      { moduleId: "booking", nodeIndex: 1, path: "", message: "" },
      { moduleId: "booking", nodeIndex: 1, path: "", message: "" },
      { moduleId: "booking", path: "", message: "" },
    ]);
    expect(byModule.get("booking")).toBe(3);
    expect(byNode.get(nodeKey("booking", 1))).toBe(2);
  });
});

describe("problems of a failed call", () => {
  it("reads the publish check's problems from a 422 bot_invalid, nested or not", () => {
    const problems = [
      { moduleId: "welcome", nodeIndex: 0, path: "modules[0].nodes[0].body", message: "required" },
    ];
    const flat = parseApiError(422, { error: { code: "bot_invalid", message: "invalid", problems } });
    const nested = parseApiError(422, {
      error: { code: "bot_invalid", message: "invalid", details: { problems } },
    });
    expect(botProblemsOfError(flat)).toEqual(problems);
    expect(botProblemsOfError(nested)).toEqual(problems);
    expect(botProblemsOfError(parseApiError(409, { error: { code: "bot_published", message: "x" } }))).toBe(
      undefined,
    );
  });

  it("turns a save's schema problems into problems named by module and node", () => {
    const single = parseApiError(422, {
      error: {
        code: "invalid_bot",
        message: "modules[2].nodes[0].tag: Too small",
        path: "modules[2].nodes[0].tag",
      },
    });
    expect(pathProblemsOfError(single)).toEqual([{ path: "modules[2].nodes[0].tag", message: "Too small" }]);
    const issues = parseApiError(400, {
      error: {
        code: "invalid_request",
        message: "bad",
        issues: [
          { path: "body.draft.modules.0.nodes.1.message.text", message: "Expected string" },
          { path: "body.draft.name", message: "Required" },
        ],
      },
    });
    expect(toBotProblems(pathProblemsOfError(issues), bot)).toEqual([
      {
        moduleId: "welcome",
        nodeIndex: 1,
        path: "modules[0].nodes[1].message.text",
        message: "Expected string",
      },
      { moduleId: "", path: "name", message: "Required" },
    ]);
    expect(pathProblemsOfError(new Error("offline"))).toEqual([]);
  });
});
