import { describe, expect, it } from "vitest";
import { bot } from "./bot-builder.js";
import { BotSchema } from "./bot-schema.js";

describe("bot builder", () => {
  it("produces the same data as a bot written as JSON", () => {
    const built = bot("Hi")
      .welcome((m) => m.send("Hello").goTo("menu"))
      .module("menu", (m) => m.choice({ body: "Pick", options: [{ id: "a", title: "A" }] }), "Main menu")
      .humanAgent((m) => m.handover(), { name: "People" })
      .build();
    expect(built).toEqual(
      BotSchema.parse({
        name: "Hi",
        modules: [
          {
            id: "welcome",
            name: "Welcome",
            kind: "welcome",
            nodes: [
              { kind: "send", message: { kind: "text", text: "Hello" } },
              { kind: "go_to", module: "menu" },
            ],
          },
          {
            id: "menu",
            name: "Main menu",
            kind: "standard",
            nodes: [{ kind: "choice", body: "Pick", sections: [{ options: [{ id: "a", title: "A" }] }] }],
          },
          { id: "human_agent", name: "People", kind: "human_agent", nodes: [{ kind: "handover" }] },
        ],
      }),
    );
  });

  it("adds a default human agent module and refuses malformed bots", () => {
    const built = bot("Min")
      .welcome((m) => m.end())
      .build();
    expect(built.modules.map((m) => m.kind)).toEqual(["welcome", "human_agent"]);
    expect(() =>
      bot("No welcome")
        .module("x", (m) => m.end())
        .build(),
    ).toThrow(/exactly one welcome/);
  });
});
