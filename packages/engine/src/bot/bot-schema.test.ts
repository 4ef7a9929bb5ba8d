import { describe, expect, it } from "vitest";
import { BotSchema } from "./bot-schema.js";

const welcome = {
  id: "welcome",
  name: "Welcome",
  kind: "welcome",
  nodes: [{ kind: "send", message: { kind: "text", text: "Hi" } }],
};
const agent = { id: "human_agent", name: "Agent", kind: "human_agent", nodes: [{ kind: "handover" }] };

describe("BotSchema", () => {
  it("parses a bot and applies defaults", () => {
    const bot = BotSchema.parse({
      name: "Shop",
      modules: [
        welcome,
        agent,
        {
          id: "menu",
          name: "Menu",
          nodes: [{ kind: "ask", message: { kind: "text", text: "Name?" }, attribute: "name" }],
        },
      ],
    });
    expect(bot.modules[2]).toMatchObject({ kind: "standard", nodes: [{ validation: "text", maxTries: 3 }] });
  });

  it("requires exactly one welcome and one human agent module", () => {
    const result = BotSchema.safeParse({ name: "Shop", modules: [welcome, { ...welcome, id: "w2" }] });
    expect(result.error?.issues.map((i) => i.message)).toEqual([
      "a bot needs exactly one welcome module, found 2",
      "a bot needs exactly one human_agent module, found 0",
    ]);
  });

  it("names the path of a bad node, a duplicate id, a bad time zone and a duplicate option", () => {
    const result = BotSchema.safeParse({
      name: "Shop",
      modules: [
        welcome,
        { ...agent, nodes: [{ kind: "wait", durationMs: -1 }] },
        {
          id: "welcome",
          name: "Again",
          nodes: [
            {
              kind: "condition",
              rules: [{ type: "time_of_day", timeZone: "Mars/Base", from: "9:00", to: "18:00" }],
            },
            {
              kind: "choice",
              body: "Pick",
              sections: [
                {
                  options: [
                    { id: "a", title: "A" },
                    { id: "a", title: "B" },
                  ],
                },
              ],
            },
            { kind: "ask", message: { kind: "text", text: "Pick" }, attribute: "x", validation: "choice" },
          ],
        },
      ],
    });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(
      expect.arrayContaining([
        "modules.1.nodes.0.durationMs",
        "modules.2.nodes.0.rules.0.timeZone",
        "modules.2.nodes.0.rules.0.from",
        "modules.2.nodes.1.sections.0.options.1.id",
        "modules.2.nodes.2.message.kind",
      ]),
    );
  });
});
