/** Finds the `{{1}}` / `{{first_name}}` placeholders of a template text, each name once, in order of appearance. */

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function templatePlaceholders(text: string | undefined): string[] {
  if (text === undefined) return [];
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? "";
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Replaces each placeholder with `values[name]`, leaving unknown ones as they are. */
export function fillPlaceholders(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) => values.get(name) ?? whole);
}
