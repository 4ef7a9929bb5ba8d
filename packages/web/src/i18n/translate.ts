/** Pure text lookup with `{name}` placeholders, shared by the React hook and the tests. */
import type { Dictionary, MessageKey } from "./en";

export type TextParams = Record<string, string | number>;

/** The text for `key`, with each `{name}` replaced by `params[name]`; unknown placeholders stay as written. */
export function translate(dictionary: Dictionary, key: MessageKey, params?: TextParams): string {
  const text = dictionary[key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

/** The placeholder names a text uses, e.g. `["n"]` for `"{n} min"`. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? "").sort();
}
