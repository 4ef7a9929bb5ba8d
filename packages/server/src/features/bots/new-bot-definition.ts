/** What a new bot starts with: a welcome module to fill in and a human agent module that hands over. */
import type { BotInput } from "@switchboard/engine";

export function newBotDefinition(name: string): BotInput {
  return {
    name,
    modules: [
      { id: "welcome", name: "Welcome", kind: "welcome", nodes: [] },
      {
        id: "human_agent",
        name: "Talk to a person",
        kind: "human_agent",
        nodes: [
          {
            kind: "send",
            message: { kind: "text", text: "One moment, a person from our team will answer you here." },
          },
          { kind: "handover" },
        ],
      },
    ],
  };
}
