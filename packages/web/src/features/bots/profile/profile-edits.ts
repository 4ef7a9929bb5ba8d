/**
 * Pure edits of a bot's channel profile (greeting per locale, persistent menu, ice breakers). The editor
 * works on the `default` locale's menu and ice breakers; other locales a definition brings are kept.
 * Lists left empty are removed, and an empty profile becomes `undefined`, so old bots stay as they were.
 */
import type { Bot, BotProfile, ProfileMenuItem } from "@switchboard/engine";

export type { BotProfile, ProfileMenuItem };
export type Greeting = NonNullable<BotProfile["greeting"]>[number];
export type IceBreaker = NonNullable<BotProfile["iceBreakers"]>[number]["questions"][number];

export const DEFAULT_LOCALE = "default";
/** Meta's limits, shown beside the lists (the server checks every rule). */
export const MENU_ITEMS_MAX = 20;
export const ICE_BREAKERS_MAX = 4;

/** Pure: `profile` with empty lists dropped; undefined when nothing is left. */
export function tidyProfile(profile: BotProfile): BotProfile | undefined {
  const tidy: BotProfile = {};
  if (profile.greeting !== undefined && profile.greeting.length > 0) tidy.greeting = profile.greeting;
  const menus = profile.persistentMenu?.filter((menu) => menu.items.length > 0) ?? [];
  if (menus.length > 0) tidy.persistentMenu = menus;
  const breakers = profile.iceBreakers?.filter((set) => set.questions.length > 0) ?? [];
  if (breakers.length > 0) tidy.iceBreakers = breakers;
  return Object.keys(tidy).length === 0 ? undefined : tidy;
}

/** Pure: the bot with `change` applied to its profile (tidied). */
export function editProfile(bot: Bot, change: (profile: BotProfile) => BotProfile): Bot {
  const { profile: _old, ...rest } = bot;
  const next = tidyProfile(change(bot.profile ?? {}));
  return next === undefined ? rest : { ...rest, profile: next };
}

/** The greetings, with a `default` one first (empty when the profile has none yet). */
export function greetingsOf(profile: BotProfile | undefined): Greeting[] {
  const list = profile?.greeting ?? [];
  const first = list.find((g) => g.locale === DEFAULT_LOCALE) ?? { locale: DEFAULT_LOCALE, text: "" };
  return [first, ...list.filter((g) => g !== first && g.locale !== DEFAULT_LOCALE)];
}

/** Pure: greetings as edited; an empty default greeting alone means no greeting. */
export function setGreetings(profile: BotProfile, greetings: readonly Greeting[]): BotProfile {
  const { greeting: _old, ...rest } = profile;
  const none = greetings.length === 0 || (greetings.length === 1 && greetings[0]?.text === "");
  return none ? rest : { ...rest, greeting: [...greetings] };
}

/** The index of the `default` locale's entry in a per-locale list, or -1. */
function defaultIndex(list: readonly { locale: string }[] | undefined): number {
  return list?.findIndex((entry) => entry.locale === DEFAULT_LOCALE) ?? -1;
}

/** The `default` locale's menu items (empty when there is no menu), and their index in the profile. */
export function menuItemsOf(profile: BotProfile | undefined): {
  items: ProfileMenuItem[];
  menuIndex: number;
} {
  const menuIndex = defaultIndex(profile?.persistentMenu);
  return { items: profile?.persistentMenu?.[menuIndex]?.items ?? [], menuIndex };
}

/** Pure: the `default` locale's menu items replaced by `items`. */
export function setMenuItems(profile: BotProfile, items: readonly ProfileMenuItem[]): BotProfile {
  const menus = [...(profile.persistentMenu ?? [])];
  const index = defaultIndex(menus);
  const menu = { ...(menus[index] ?? { locale: DEFAULT_LOCALE }), items: [...items] };
  if (index < 0) menus.unshift(menu);
  else menus[index] = menu;
  return { ...profile, persistentMenu: menus };
}

/** The `default` locale's ice breakers, and their index in the profile. */
export function iceBreakersOf(profile: BotProfile | undefined): {
  questions: IceBreaker[];
  setIndex: number;
} {
  const setIndex = defaultIndex(profile?.iceBreakers);
  return { questions: profile?.iceBreakers?.[setIndex]?.questions ?? [], setIndex };
}

/** Pure: the `default` locale's ice breakers replaced by `questions`. */
export function setIceBreakers(profile: BotProfile, questions: readonly IceBreaker[]): BotProfile {
  const sets = [...(profile.iceBreakers ?? [])];
  const index = defaultIndex(sets);
  const set = { locale: DEFAULT_LOCALE, questions: [...questions] };
  if (index < 0) sets.unshift(set);
  else sets[index] = set;
  return { ...profile, iceBreakers: sets };
}

/** Pure: `list` with item `index` replaced, or removed when `item` is undefined. */
export function replaceAt<T>(list: readonly T[], index: number, item: T | undefined): T[] {
  if (item === undefined) return list.filter((_, i) => i !== index);
  return list.map((current, i) => (i === index ? item : current));
}

/** Pure: a menu item switched to the other kind, keeping its title. */
export function switchMenuItemKind(
  item: ProfileMenuItem,
  kind: ProfileMenuItem["kind"],
  firstModule: string,
): ProfileMenuItem {
  if (item.kind === kind) return item;
  return kind === "url"
    ? { kind, title: item.title, url: "https://" }
    : { kind, title: item.title, moduleId: firstModule };
}
