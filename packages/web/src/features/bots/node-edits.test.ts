import { describe, expect, it } from "vitest";
import type { Bot, BotNode } from "../../api/bots-api";
import { addNode, deleteNode, moveNode, replaceNode } from "./node-edits";

const text = (value: string): BotNode => ({ kind: "send", message: { kind: "text", text: value } });

function sampleBot(): Bot {
  return {
    name: "Shop",
    modules: [
      { id: "welcome", name: "Welcome", kind: "welcome", nodes: [text("a"), text("b"), text("c")] },
      { id: "human_agent", name: "People", kind: "human_agent", nodes: [{ kind: "handover" }] },
    ],
  };
}

const texts = (bot: Bot, moduleId = "welcome") =>
  bot.modules
    .find((module) => module.id === moduleId)
    ?.nodes.map((node) =>
      node.kind === "send" && node.message.kind === "text" ? node.message.text : node.kind,
    );

describe("node edits", () => {
  it("adds at the end, or at an index", () => {
    expect(texts(addNode(sampleBot(), "welcome", text("d")))).toEqual(["a", "b", "c", "d"]);
    expect(texts(addNode(sampleBot(), "welcome", text("d"), 1))).toEqual(["a", "d", "b", "c"]);
    expect(texts(addNode(sampleBot(), "welcome", text("d"), 99))).toEqual(["a", "b", "c", "d"]);
  });

  it("moves up and down, and ignores moves past either end", () => {
    expect(texts(moveNode(sampleBot(), "welcome", 2, 0))).toEqual(["c", "a", "b"]);
    expect(texts(moveNode(sampleBot(), "welcome", 0, 1))).toEqual(["b", "a", "c"]);
    const bot = sampleBot();
    expect(moveNode(bot, "welcome", 0, -1)).toBe(bot);
    expect(moveNode(bot, "welcome", 2, 3)).toBe(bot);
  });

  it("replaces and deletes only the node named", () => {
    expect(texts(replaceNode(sampleBot(), "welcome", 1, text("B")))).toEqual(["a", "B", "c"]);
    expect(texts(deleteNode(sampleBot(), "welcome", 0))).toEqual(["b", "c"]);
  });

  it("leaves every other module as it was", () => {
    const edited = deleteNode(
      moveNode(addNode(sampleBot(), "welcome", text("d")), "welcome", 3, 0),
      "welcome",
      1,
    );
    expect(edited.modules[1]).toEqual(sampleBot().modules[1]);
    expect(edited.name).toBe("Shop");
  });
});
