/** The `{{…}}` variables of a template text, each of which needs an example value for review. */

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** Pure: the names between `{{` and `}}`, as written, in order of first appearance, each once. */
export function templateVariableNames(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ""))];
}

/** Pure: the examples of the variables `text` holds, blank ones included; undefined when it holds none. */
export function examplesFor(
  text: string,
  examples: Readonly<Record<string, string>>,
): Record<string, string> | undefined {
  const names = templateVariableNames(text);
  if (names.length === 0) return undefined;
  return Object.fromEntries(names.map((name) => [name, examples[name] ?? ""]));
}
