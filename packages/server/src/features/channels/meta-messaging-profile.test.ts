import { describe, expect, it } from "vitest";
import type { BotProfile } from "@switchboard/engine";
import { checkBotProfile, profileInputFor } from "./meta-messaging-profile.js";

const profile: BotProfile = {
  greeting: [{ locale: "default", text: "Welcome!" }],
  persistentMenu: [
    {
      locale: "default",
      composerInputDisabled: false,
      items: [{ kind: "module", title: "Prices", moduleId: "prices" }],
    },
  ],
  iceBreakers: [{ locale: "default", questions: [{ question: "Hours?", moduleId: "hours" }] }],
};

describe("a bot's channel profile on Meta's platforms", () => {
  it("gives Messenger Get Started with everything, and Instagram the menu and ice breakers only", () => {
    expect(profileInputFor("Messenger", profile, true)).toEqual({
      getStarted: { payload: "get_started" },
      greeting: profile.greeting,
      persistentMenu: profile.persistentMenu,
      iceBreakers: profile.iceBreakers,
    });
    expect(profileInputFor("Instagram", profile, true)).toEqual({
      persistentMenu: [
        { locale: "default", items: [{ kind: "module", title: "Prices", moduleId: "prices" }] },
      ],
      iceBreakers: profile.iceBreakers,
    });
    expect(profileInputFor("Messenger", undefined, false)).toEqual({});
  });

  it("checks each platform's limits with paths inside the profile", () => {
    expect(checkBotProfile("Messenger", profile)).toEqual([]);
    expect(checkBotProfile("Instagram", profile)).toEqual([]);
    const long: BotProfile = {
      greeting: [{ locale: "default", text: "x".repeat(161) }],
      iceBreakers: [
        {
          locale: "default",
          questions: ["a", "b", "c", "d", "e"].map((q) => ({ question: q, moduleId: "hours" })),
        },
      ],
    };
    expect(checkBotProfile("Messenger", long).map((v) => [v.path, v.rule])).toEqual([
      ["greeting[0].text", "max_length"],
      ["iceBreakers[0].questions", "max_items"],
    ]);
    // Instagram shows no greeting: only the ice breakers break its limits.
    expect(checkBotProfile("Instagram", long).map((v) => v.path)).toEqual(["iceBreakers[0].questions"]);
  });
});
