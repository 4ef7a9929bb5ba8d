import { describe, expect, it } from "vitest";
import type { Bot } from "../../api/bots-api";
import { nodeTargets, referencesTo } from "./module-references";

const bot: Bot = {
  name: "Salon",
  modules: [
    {
      id: "welcome",
      name: "Welcome",
      kind: "welcome",
      nodes: [
        {
          kind: "choice",
          body: "Hi!",
          style: "auto",
          maxTries: 3,
          sections: [
            {
              options: [
                { id: "book", title: "Book", goTo: "booking", addTags: [], removeTags: [] },
                { id: "talk", title: "Talk", goTo: "human_agent", addTags: [], removeTags: [] },
              ],
            },
          ],
          onGiveUp: "human_agent",
        },
      ],
    },
    { id: "human_agent", name: "People", kind: "human_agent", nodes: [{ kind: "handover" }] },
    {
      id: "booking",
      name: "Booking",
      kind: "standard",
      nodes: [
        {
          kind: "condition",
          match: "all",
          rules: [{ type: "tag", tag: "vip", operator: "has" }],
          then: "booking",
        },
        {
          kind: "random_split",
          branches: [
            { weight: 1, module: "welcome" },
            { weight: 1, module: "booking" },
          ],
        },
      ],
    },
  ],
};

describe("nodeTargets", () => {
  it("lists every module a node may go to, with the field's path", () => {
    expect(nodeTargets(bot.modules[0]!.nodes[0]!)).toEqual([
      { moduleId: "booking", path: "sections[0].options[0].goTo" },
      { moduleId: "human_agent", path: "sections[0].options[1].goTo" },
      { moduleId: "human_agent", path: "onGiveUp" },
    ]);
    expect(nodeTargets({ kind: "handover" })).toEqual([]);
  });
});

describe("referencesTo", () => {
  it("finds the nodes of every module that go to one module", () => {
    expect(referencesTo(bot, "booking")).toEqual([
      { moduleId: "welcome", nodeIndex: 0, path: "sections[0].options[0].goTo" },
      { moduleId: "booking", nodeIndex: 0, path: "then" },
      { moduleId: "booking", nodeIndex: 1, path: "branches[1].module" },
    ]);
    expect(referencesTo(bot, "nowhere")).toEqual([]);
  });
});
