import { describe, expect, it } from "vitest";
import type { Bot } from "../../../api/bots-api";
import {
  editProfile,
  greetingsOf,
  iceBreakersOf,
  menuItemsOf,
  setGreetings,
  setIceBreakers,
  setMenuItems,
  switchMenuItemKind,
} from "./profile-edits";

const bot: Bot = {
  name: "Shop",
  modules: [
    { id: "welcome", name: "Welcome", kind: "welcome", nodes: [] },
    { id: "human", name: "Human", kind: "human_agent", nodes: [{ kind: "handover" }] },
  ],
};

describe("channel profile edits", () => {
  it("adds a menu item to a bot without a profile, and removing it leaves no profile", () => {
    const withMenu = editProfile(bot, (p) =>
      setMenuItems(p, [{ kind: "module", title: "Prices", moduleId: "prices" }]),
    );
    expect(withMenu.profile).toEqual({
      persistentMenu: [
        { locale: "default", items: [{ kind: "module", title: "Prices", moduleId: "prices" }] },
      ],
    });
    const without = editProfile(withMenu, (p) => setMenuItems(p, []));
    expect("profile" in without).toBe(false);
  });

  it("edits the default locale's menu and ice breakers and keeps other locales", () => {
    const imported: Bot = {
      ...bot,
      profile: {
        persistentMenu: [
          { locale: "zh_TW", items: [{ kind: "url", title: "網站", url: "https://example.com" }] },
          { locale: "default", items: [{ kind: "url", title: "Site", url: "https://example.com" }] },
        ],
        iceBreakers: [{ locale: "default", questions: [{ question: "Hours?", moduleId: "hours" }] }],
      },
    };
    expect(menuItemsOf(imported.profile)).toMatchObject({ menuIndex: 1, items: [{ title: "Site" }] });
    const edited = editProfile(imported, (p) =>
      setIceBreakers(setMenuItems(p, []), [
        ...iceBreakersOf(p).questions,
        { question: "Prices?", moduleId: "prices" },
      ]),
    );
    expect(edited.profile?.persistentMenu?.map((m) => m.locale)).toEqual(["zh_TW"]);
    expect(edited.profile?.iceBreakers?.[0]?.questions.map((q) => q.question)).toEqual(["Hours?", "Prices?"]);
  });

  it("lists the default greeting first and drops an empty default greeting on its own", () => {
    const profile = {
      greeting: [
        { locale: "zh_TW", text: "歡迎" },
        { locale: "default", text: "Welcome" },
      ],
    };
    expect(greetingsOf(profile).map((g) => g.locale)).toEqual(["default", "zh_TW"]);
    expect(greetingsOf(undefined)).toEqual([{ locale: "default", text: "" }]);
    expect(setGreetings(profile, [{ locale: "default", text: "" }])).toEqual({});
    // A language added before the default text is written stays (publishing asks for the default text).
    const added = setGreetings({}, [
      { locale: "default", text: "" },
      { locale: "en_US", text: "" },
    ]);
    expect(added.greeting).toHaveLength(2);
  });

  it("switches a menu item between a link and a module, keeping its title", () => {
    const link = switchMenuItemKind({ kind: "module", title: "Shop", moduleId: "shop" }, "url", "prices");
    expect(link).toEqual({ kind: "url", title: "Shop", url: "https://" });
    expect(switchMenuItemKind(link, "module", "prices")).toEqual({
      kind: "module",
      title: "Shop",
      moduleId: "prices",
    });
  });
});
