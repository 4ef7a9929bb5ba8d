/** Which language the console speaks: the stored choice, else the browser's, else English. */
import { en, type Dictionary } from "./en";
import { zhTW } from "./zh-TW";

export type Language = "en" | "zh-TW";
export const languages: readonly Language[] = ["en", "zh-TW"];

export const dictionaries: Record<Language, Dictionary> = { en, "zh-TW": zhTW };

/** Each language named in itself, for the switch. */
export const languageNames: Record<Language, string> = { en: "English", "zh-TW": "繁體中文" };

export const LANGUAGE_STORAGE_KEY = "switchboard.language";

export function isLanguage(value: string | null | undefined): value is Language {
  return value === "en" || value === "zh-TW";
}

/** Pure: a stored choice wins; otherwise the first browser language decides (any `zh-*` → zh-TW). */
export function detectLanguage(stored: string | null, browserLanguages: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  const first = browserLanguages[0]?.toLowerCase() ?? "";
  return first === "zh" || first.startsWith("zh-") ? "zh-TW" : "en";
}
