import { describe, expect, it } from "vitest";
import type { Bot } from "../../api/bots-api";
import { addModule, deleteModule, moduleIdFromName, renameModule } from "./module-edits";

function sampleBot(): Bot {
  return {
    name: "Booking",
    modules: [
      {
        id: "welcome",
        name: "Welcome",
        kind: "welcome",
        nodes: [{ kind: "go_to", module: "times" }],
      },
      { id: "human_agent", name: "Talk to a person", kind: "human_agent", nodes: [{ kind: "handover" }] },
      { id: "times", name: "Times", kind: "standard", nodes: [{ kind: "end" }] },
    ],
  };
}

describe("moduleIdFromName", () => {
  it("makes an id the engine accepts, unique in the bot", () => {
    expect(moduleIdFromName("Booking — Causeway Bay", [])).toBe("booking_causeway_bay");
    expect(moduleIdFromName("Times", ["times"])).toBe("times_2");
    expect(moduleIdFromName("銅鑼灣", [])).toBe("module");
    expect(moduleIdFromName("銅鑼灣", ["module"])).toBe("module_2");
    expect(moduleIdFromName("x".repeat(80), [])).toHaveLength(64);
  });
});

describe("addModule", () => {
  it("appends an empty standard module and names its id", () => {
    const { bot, moduleId } = addModule(sampleBot(), " Opening hours ");
    expect(moduleId).toBe("opening_hours");
    expect(bot.modules.at(-1)).toEqual({
      id: "opening_hours",
      name: "Opening hours",
      kind: "standard",
      nodes: [],
    });
    expect(bot.modules.slice(0, 3)).toEqual(sampleBot().modules);
  });
});

describe("renameModule", () => {
  it("changes the name only: the id and the nodes that go to it stay", () => {
    const renamed = renameModule(sampleBot(), "times", "Pick a time");
    expect(renamed.modules[2]).toEqual({ ...sampleBot().modules[2], name: "Pick a time" });
    expect(renamed.modules[0]).toEqual(sampleBot().modules[0]);
    expect(renamed.modules[1]).toEqual(sampleBot().modules[1]);
  });
});

describe("deleteModule", () => {
  it("removes a standard module and leaves references to it for the check to name", () => {
    const after = deleteModule(sampleBot(), "times");
    expect(after.modules.map((module) => module.id)).toEqual(["welcome", "human_agent"]);
    expect(after.modules[0]?.nodes).toEqual([{ kind: "go_to", module: "times" }]);
  });

  it("keeps the welcome and human agent modules", () => {
    const bot = sampleBot();
    expect(deleteModule(bot, "welcome")).toBe(bot);
    expect(deleteModule(bot, "human_agent")).toBe(bot);
    expect(deleteModule(bot, "nowhere")).toBe(bot);
  });
});
