/**
 * Builds the Messenger Profile request a published bot pushes (PLATFORMS.md B6): the Get Started button,
 * the greeting per locale, the persistent menu (links and module openers) and ice breakers, every limit
 * checked. Instagram takes the menu and ice breakers only (`?platform=instagram`).
 */
import { err, ok, type LimitViolation, type Result } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkId } from "../limits/check-id.js";
import { checkLength } from "../limits/check-length.js";
import { checkUnique } from "../limits/check-unique.js";
import { checkHttpUrl } from "../limits/check-url.js";
import { notAllowed } from "./compile-not-allowed.js";
import type { SendApiButton } from "./compiled-body.js";
import {
  BUTTON_TITLE_MAX,
  GET_STARTED_PAYLOAD_MAX,
  GREETING_TEXT_MAX,
  ICE_BREAKERS_MAX,
  ICE_BREAKERS_MIN,
  PAYLOAD_MAX,
  PERSISTENT_MENU_ITEMS_MAX,
  PERSISTENT_MENU_ITEMS_MIN,
} from "./messenger-limits.js";
import { GET_STARTED_PAYLOAD, moduleOpenPayload } from "./postback-payload.js";

/** A persistent menu item: a link, or a postback that opens a bot module. Nested menus are gone (Graph v8.0). */
export type MenuItem =
  { kind: "url"; title: string; url: string } | { kind: "module"; title: string; moduleId: string };

export interface MessengerProfileInput {
  /** The Get Started button; needed for the persistent menu and for m.me `ref` codes on new threads. */
  getStarted?: { payload?: string };
  /** Welcome-screen text per locale (`default` required); `{{user_first_name}}` is filled in by Messenger. */
  greeting?: { locale: string; text: string }[];
  persistentMenu?: { locale: string; composerInputDisabled?: boolean; items: MenuItem[] }[];
  /** Up to 4 questions per locale; tapping one opens its module. */
  iceBreakers?: { locale: string; questions: { question: string; moduleId: string }[] }[];
}

/** The body of `POST /me/messenger_profile`. */
export type MessengerProfileRequest = {
  get_started?: { payload: string };
  greeting?: { locale: string; text: string }[];
  persistent_menu?: { locale: string; composer_input_disabled?: boolean; call_to_actions: SendApiButton[] }[];
  ice_breakers?: { locale: string; call_to_actions: { question: string; payload: string }[] }[];
};

/** `default`, or Meta's `ll_CC` locale (`en_US`, `zh_TW`). */
const LOCALE = /^(default|[a-z]{2}_[A-Z]{2})$/;

type Platform = "Messenger" | "Instagram";

function checkLocales(
  violations: LimitViolation[],
  path: string,
  locales: string[],
  platform: Platform,
): void {
  locales.forEach((locale, i) => {
    if (!LOCALE.test(locale)) {
      violations.push({
        path: `${path}[${i}].locale`,
        rule: "format",
        message: `${path}[${i}].locale: ${JSON.stringify(locale)} is not "default" or a locale like "zh_TW"`,
      });
    }
  });
  checkUnique(
    violations,
    locales.map((value, i) => ({ path: `${path}[${i}].locale`, value })),
    { platform, what: "locales" },
  );
  if (locales.length > 0 && !locales.includes("default")) {
    violations.push({
      path,
      rule: "required",
      message: `${path}: ${platform} needs one entry with locale "default"`,
    });
  }
}

/** The module payload doubles as the postback payload: the module id must keep it within 1000. */
function checkModulePayload(
  violations: LimitViolation[],
  path: string,
  moduleId: string,
  platform: Platform,
): string {
  checkId(violations, path, moduleId, { platform, max: PAYLOAD_MAX - moduleOpenPayload("").length });
  return moduleOpenPayload(moduleId);
}

function menuItem(
  violations: LimitViolation[],
  path: string,
  item: MenuItem,
  platform: Platform,
): SendApiButton {
  checkLength(violations, `${path}.title`, item.title, { platform, required: true, max: BUTTON_TITLE_MAX });
  if (item.kind === "url") {
    checkHttpUrl(violations, `${path}.url`, item.url, { platform });
    return { type: "web_url", title: item.title, url: item.url };
  }
  const payload = checkModulePayload(violations, `${path}.moduleId`, item.moduleId, platform);
  return { type: "postback", title: item.title, payload };
}

function buildMenu(violations: LimitViolation[], input: MessengerProfileInput, platform: Platform) {
  const menus = input.persistentMenu ?? [];
  checkLocales(
    violations,
    "persistentMenu",
    menus.map((m) => m.locale),
    platform,
  );
  if (menus.length > 0 && platform === "Messenger" && input.getStarted === undefined) {
    notAllowed(
      violations,
      "persistentMenu",
      "Messenger shows a persistent menu only with a Get Started button; add getStarted",
    );
  }
  return menus.map((menu, m) => {
    const path = `persistentMenu[${m}]`;
    checkCount(violations, `${path}.items`, menu.items.length, {
      platform,
      min: PERSISTENT_MENU_ITEMS_MIN,
      max: PERSISTENT_MENU_ITEMS_MAX,
    });
    if (menu.composerInputDisabled !== undefined && platform === "Instagram") {
      notAllowed(violations, `${path}.composerInputDisabled`, "Instagram menus cannot disable the composer");
    }
    const items = menu.items.map((item, i) => menuItem(violations, `${path}.items[${i}]`, item, platform));
    return {
      locale: menu.locale,
      ...(menu.composerInputDisabled === undefined || platform === "Instagram"
        ? {}
        : { composer_input_disabled: menu.composerInputDisabled }),
      call_to_actions: items,
    };
  });
}

function buildIceBreakers(violations: LimitViolation[], input: MessengerProfileInput, platform: Platform) {
  const sets = input.iceBreakers ?? [];
  checkLocales(
    violations,
    "iceBreakers",
    sets.map((s) => s.locale),
    platform,
  );
  return sets.map((set, s) => {
    const path = `iceBreakers[${s}].questions`;
    checkCount(violations, path, set.questions.length, {
      platform,
      min: ICE_BREAKERS_MIN,
      max: ICE_BREAKERS_MAX,
    });
    const actions = set.questions.map((q, i) => {
      checkLength(violations, `${path}[${i}].question`, q.question, { platform, required: true });
      return {
        question: q.question,
        payload: checkModulePayload(violations, `${path}[${i}].moduleId`, q.moduleId, platform),
      };
    });
    return { locale: set.locale, call_to_actions: actions };
  });
}

/**
 * Pure: the profile request, or every broken rule with its path in `input` (`persistentMenu[0].items[3].title`).
 * Get Started payload ≤1000 (default `get_started`); greeting text ≤160 per locale; menu 1–20 items with
 * titles ≤20; 1–4 ice breakers per locale; every list with a `default` locale and no repeated locale.
 * Fields left out of `input` are left out of the request (Meta keeps what it had: delete them apart).
 */
export function buildMessengerProfile(
  input: MessengerProfileInput,
  platform: Platform = "Messenger",
): Result<MessengerProfileRequest, LimitViolation[]> {
  const violations: LimitViolation[] = [];
  const request: MessengerProfileRequest = {};
  if (input.getStarted !== undefined) {
    if (platform === "Instagram")
      notAllowed(violations, "getStarted", "Instagram has no Get Started button; use ice breakers");
    const payload = input.getStarted.payload ?? GET_STARTED_PAYLOAD;
    checkId(violations, "getStarted.payload", payload, { platform, max: GET_STARTED_PAYLOAD_MAX });
    request.get_started = { payload };
  }
  if (input.greeting !== undefined) {
    if (platform === "Instagram") notAllowed(violations, "greeting", "Instagram has no greeting text");
    checkLocales(
      violations,
      "greeting",
      input.greeting.map((g) => g.locale),
      platform,
    );
    input.greeting.forEach((g, i) =>
      checkLength(violations, `greeting[${i}].text`, g.text, {
        platform,
        required: true,
        max: GREETING_TEXT_MAX,
      }),
    );
    request.greeting = input.greeting.map((g) => ({ locale: g.locale, text: g.text }));
  }
  if (input.persistentMenu !== undefined) request.persistent_menu = buildMenu(violations, input, platform);
  if (input.iceBreakers !== undefined) request.ice_breakers = buildIceBreakers(violations, input, platform);
  return violations.length === 0 ? ok(request) : err(violations);
}
