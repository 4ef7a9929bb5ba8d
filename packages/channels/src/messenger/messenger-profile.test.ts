// The Messenger Profile builder: what it sends, and every limit at N and N+1 (ASCII, CJK, emoji).
import type { FetchFn, LimitViolation } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { ascii, cjk, describeLimits, emoji } from "./limit-cases.test-support.js";
import { buildMessengerProfile, type MenuItem, type MessengerProfileInput } from "./messenger-profile.js";
import { deleteMessengerProfileFields, setMessengerProfile } from "./push-profile.js";

const violationsOf = (input: MessengerProfileInput): LimitViolation[] => {
  const result = buildMessengerProfile(input);
  return result.ok ? [] : result.error;
};
const item = (i: number): MenuItem => ({ kind: "module", title: `Item ${i}`, moduleId: `m${i}` });
const menu = (items: MenuItem[]): MessengerProfileInput => ({
  getStarted: {},
  persistentMenu: [{ locale: "default", items }],
});
const questions = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ question: `Question ${i}?`, moduleId: `q${i}` }));

describeLimits("Messenger Profile limits", violationsOf, [
  {
    name: "menu items",
    limit: 20,
    path: "persistentMenu[0].items",
    rule: "max_items",
    build: (n) => menu(Array.from({ length: n }, (_, i) => item(i))),
  },
  {
    name: "menu items minimum",
    limit: 1,
    path: "persistentMenu[0].items",
    rule: "min_items",
    build: (n) => menu(Array.from({ length: n }, (_, i) => item(i))),
  },
  {
    name: "menu item title in CJK",
    limit: 20,
    path: "persistentMenu[0].items[0].title",
    rule: "max_length",
    build: (n) => menu([{ kind: "url", title: cjk(n), url: "https://example-salon.tw" }]),
  },
  {
    name: "menu item title in emoji",
    limit: 20,
    path: "persistentMenu[0].items[0].title",
    rule: "max_length",
    build: (n) => menu([{ kind: "module", title: emoji(n), moduleId: "booking" }]),
  },
  {
    name: "module id in the payload",
    limit: 993,
    path: "persistentMenu[0].items[0].moduleId",
    rule: "max_length",
    build: (n) => menu([{ kind: "module", title: "Book", moduleId: ascii(n) }]),
  },
  {
    name: "ice breakers",
    limit: 4,
    path: "iceBreakers[0].questions",
    rule: "max_items",
    build: (n) => ({ iceBreakers: [{ locale: "default", questions: questions(n) }] }),
  },
  {
    name: "greeting",
    limit: 160,
    path: "greeting[0].text",
    rule: "max_length",
    build: (n) => ({ greeting: [{ locale: "default", text: ascii(n) }] }),
  },
  {
    name: "greeting in CJK",
    limit: 160,
    path: "greeting[0].text",
    rule: "max_length",
    build: (n) => ({ greeting: [{ locale: "default", text: cjk(n) }] }),
  },
  {
    name: "greeting in emoji",
    limit: 160,
    path: "greeting[0].text",
    rule: "max_length",
    build: (n) => ({ greeting: [{ locale: "default", text: emoji(n) }] }),
  },
  {
    name: "get started payload",
    limit: 1000,
    path: "getStarted.payload",
    rule: "max_length",
    build: (n) => ({ getStarted: { payload: cjk(n) } }),
  },
]);

describe("buildMessengerProfile", () => {
  it("builds every field, module items as module payloads", () => {
    const result = buildMessengerProfile({
      getStarted: {},
      greeting: [
        { locale: "default", text: "Hi {{user_first_name}}, book your visit here." },
        { locale: "zh_TW", text: "{{user_first_name}} 您好，歡迎預約。" },
      ],
      persistentMenu: [
        {
          locale: "default",
          composerInputDisabled: false,
          items: [
            { kind: "module", title: "Book a visit", moduleId: "booking" },
            { kind: "url", title: "Our menu", url: "https://example-salon.tw/menu" },
          ],
        },
      ],
      iceBreakers: [
        { locale: "default", questions: [{ question: "What are your hours?", moduleId: "hours" }] },
      ],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        get_started: { payload: "get_started" },
        greeting: [
          { locale: "default", text: "Hi {{user_first_name}}, book your visit here." },
          { locale: "zh_TW", text: "{{user_first_name}} 您好，歡迎預約。" },
        ],
        persistent_menu: [
          {
            locale: "default",
            composer_input_disabled: false,
            call_to_actions: [
              { type: "postback", title: "Book a visit", payload: "module:booking" },
              { type: "web_url", title: "Our menu", url: "https://example-salon.tw/menu" },
            ],
          },
        ],
        ice_breakers: [
          {
            locale: "default",
            call_to_actions: [{ question: "What are your hours?", payload: "module:hours" }],
          },
        ],
      },
    });
  });

  it("needs a default locale, unique well-formed locales and Get Started for a menu", () => {
    const input: MessengerProfileInput = {
      greeting: [
        { locale: "zh_TW", text: "您好" },
        { locale: "zh_TW", text: "您好" },
        { locale: "zh-tw", text: "您好" },
      ],
      persistentMenu: [{ locale: "default", items: [item(0)] }],
    };
    expect(violationsOf(input).map((v) => [v.path, v.rule])).toEqual([
      ["greeting[2].locale", "format"],
      ["greeting[1].locale", "unique"],
      ["greeting", "required"],
      ["persistentMenu", "not_allowed"],
    ]);
  });

  it("on Instagram refuses Get Started, greeting and composer settings but builds menu and ice breakers", () => {
    const input: MessengerProfileInput = {
      getStarted: {},
      greeting: [{ locale: "default", text: "Hi" }],
      persistentMenu: [{ locale: "default", composerInputDisabled: true, items: [item(0)] }],
    };
    const refused = buildMessengerProfile(input, "Instagram");
    expect(refused.ok ? [] : refused.error.map((v) => v.path)).toEqual([
      "getStarted",
      "greeting",
      "persistentMenu[0].composerInputDisabled",
    ]);
    const built = buildMessengerProfile(
      { persistentMenu: [{ locale: "default", items: [item(0)] }] },
      "Instagram",
    );
    expect(built).toEqual({
      ok: true,
      value: {
        persistent_menu: [
          {
            locale: "default",
            call_to_actions: [{ type: "postback", title: "Item 0", payload: "module:m0" }],
          },
        ],
      },
    });
  });
});

describe("setMessengerProfile and deleteMessengerProfileFields", () => {
  it("POST and DELETE /me/messenger_profile, with platform=instagram for Instagram", async () => {
    const seen: [string, string | undefined, unknown][] = [];
    const fetch: FetchFn = async (url, init) => {
      seen.push([url, init?.method, JSON.parse(String(init?.body))]);
      return new Response(JSON.stringify({ result: "success" }), { status: 200 });
    };
    const deps = { fetch, graphUrl: "https://graph.example.test", graphVersion: "v25.0" };
    await setMessengerProfile(deps, { accessToken: "t" }, { get_started: { payload: "get_started" } });
    await deleteMessengerProfileFields(deps, { accessToken: "t" }, ["ice_breakers"], "Instagram");
    expect(seen).toEqual([
      [
        "https://graph.example.test/v25.0/me/messenger_profile",
        "POST",
        { get_started: { payload: "get_started" } },
      ],
      [
        "https://graph.example.test/v25.0/me/messenger_profile?platform=instagram",
        "DELETE",
        { fields: ["ice_breakers"] },
      ],
    ]);
  });
});
