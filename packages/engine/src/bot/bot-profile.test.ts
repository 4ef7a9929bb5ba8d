import { describe, expect, it } from "vitest";
import { bot } from "./bot-builder.js";
import { BotSchema } from "./bot-schema.js";
import { validateBot } from "./validate-bot.js";

const modules = [
  {
    id: "welcome",
    name: "Welcome",
    kind: "welcome",
    nodes: [{ kind: "send", message: { kind: "text", text: "Hi" } }],
  },
  { id: "human_agent", name: "Agent", kind: "human_agent", nodes: [{ kind: "handover" }] },
];

const profile = {
  greeting: [{ locale: "default", text: "Hi {{user_first_name}}!" }],
  persistentMenu: [
    {
      locale: "default",
      items: [
        { kind: "module", title: "Prices", moduleId: "prices" },
        { kind: "url", title: "Website", url: "https://example.com" },
      ],
    },
  ],
  iceBreakers: [{ locale: "default", questions: [{ question: "Opening hours?", moduleId: "hours" }] }],
};

describe("a bot's channel profile", () => {
  it("is optional, so bots made before it stay valid", () => {
    const parsed = BotSchema.parse({ name: "Old", modules });
    expect(parsed.profile).toBeUndefined();
  });

  it("keeps greeting, menu and ice breakers through a parse", () => {
    const parsed = BotSchema.parse({ name: "Shop", modules, profile });
    expect(parsed.profile).toEqual(profile);
  });

  it("names the field of a malformed menu item", () => {
    const broken = {
      ...profile,
      persistentMenu: [{ locale: "default", items: [{ kind: "phone", title: "Call" }] }],
    };
    const result = BotSchema.safeParse({ name: "Shop", modules, profile: broken });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["profile", "persistentMenu", 0, "items", 0, "kind"]);
  });

  it("refuses fields it does not know", () => {
    const result = BotSchema.safeParse({ name: "Shop", modules, profile: { ...profile, getStarted: {} } });
    expect(result.success).toBe(false);
  });
});

describe("validateBot with a channel profile", () => {
  const compile = () => [];
  const base = () =>
    bot("Shop")
      .welcome((m) => m.send("Hi"))
      .module("prices", (m) => m.send("A cut is 800 NTD"))
      .module("hours", (m) => m.send("10:00–20:00"))
      .build();

  it("counts modules opened only from the menu or ice breakers as reachable", () => {
    const withProfile = BotSchema.parse({ ...base(), profile });
    expect(validateBot(withProfile, { channels: [], compile })).toEqual([]);
    const without = validateBot(base(), { channels: [], compile });
    expect(without.map((p) => p.moduleId)).toEqual(["prices", "hours"]);
  });

  it("names menu items and ice breakers that open a module that does not exist", () => {
    const broken = BotSchema.parse({
      ...base(),
      profile: {
        persistentMenu: [
          {
            locale: "default",
            items: [
              { kind: "module", title: "Prices", moduleId: "prices" },
              { kind: "module", title: "Gone", moduleId: "gone" },
            ],
          },
        ],
        iceBreakers: [{ locale: "default", questions: [{ question: "Hours?", moduleId: "closed" }] }],
      },
    });
    expect(validateBot(broken, { channels: [], compile })).toEqual([
      {
        moduleId: "",
        path: "profile.persistentMenu[0].items[1].moduleId",
        message: 'opens module "gone", which does not exist',
      },
      {
        moduleId: "",
        path: "profile.iceBreakers[0].questions[0].moduleId",
        message: 'opens module "closed", which does not exist',
      },
      {
        moduleId: "hours",
        path: "modules[2]",
        message: 'module "hours" is never reached from the welcome or human agent module',
      },
    ]);
  });
});
