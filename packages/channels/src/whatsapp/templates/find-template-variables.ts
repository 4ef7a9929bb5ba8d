/** Finds the `{{…}}` placeholders of a template text, in order, with where each one sits. */

/** One placeholder: `name` is what stands between the braces (`1`, `first_name`), untrimmed. */
export interface TemplateVariable {
  name: string;
  /** Index of the first `{` in the text (UTF-16 units). */
  start: number;
  /** Index just past the last `}`. */
  end: number;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** Every placeholder of `text`, left to right; braces that do not form `{{…}}` are not placeholders. */
export function findTemplateVariables(text: string): TemplateVariable[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({
    name: match[1] ?? "",
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** Positional names are whole numbers from 1: `1`, `2`, … */
export const POSITIONAL_NAME = /^[1-9][0-9]*$/;
/** Named variables: lowercase letters, digits and `_`, starting with a letter (A5.1). */
export const NAMED_NAME = /^[a-z][a-z0-9_]*$/;
