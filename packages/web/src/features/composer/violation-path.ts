/** Which composer field a violation or request issue belongs to, from the path the server names. */

export type OptionField = "title" | "description" | "id";

/** A place in the composer where problems are shown; `general` is above the send button. */
export type FieldKey =
  | "text"
  | "style"
  | "listButton"
  | "options"
  | "general"
  /** Media: the kind of file, its URL and a document's file name (the caption is the main input). */
  | "mediaType"
  | "source"
  | "filename"
  /** Product: the catalog and product ids and the footer (the body is the main input). */
  | "catalogId"
  | "productId"
  | "footer"
  /** Choices: the image shown above the body. */
  | "header"
  | `option.${number}`
  | `option.${number}.${OptionField}`;

/**
 * Pure: a path in either spelling → the neutral message's own, e.g. `message.sections.0.options.2.title`
 * (a request issue) → `sections[0].options[2].title`. Already-normal paths come back unchanged.
 */
export function normalizePath(path: string): string {
  return path
    .replace(/^\/+/, "")
    .split(/[./]/)
    .filter((part) => part !== "")
    .reduce(
      (normal, part) =>
        /^\d+$/.test(part) ? `${normal}[${part}]` : normal === "" ? part : `${normal}.${part}`,
      "",
    )
    .replace(/^message(\.|$)/, "");
}

/** Fields shown by one input each; a deeper path (`source.url`, `header.source`) belongs to its input. */
const OWN_FIELDS = [
  "style",
  "listButton",
  "mediaType",
  "source",
  "filename",
  "catalogId",
  "productId",
  "footer",
  "header",
] as const;

function isOptionField(value: string | undefined): value is OptionField {
  return value === "title" || value === "description" || value === "id";
}

/**
 * Pure: a path in the sent message → the field that shows it. `optionRows[i]` is the editor row of
 * option `i` of section 0 (blank rows are not sent, so the two can differ).
 */
export function fieldForPath(path: string, optionRows: readonly number[] = []): FieldKey {
  const normal = normalizePath(path);
  if (normal === "text" || normal === "body" || normal === "caption") return "text";
  const own = OWN_FIELDS.find((field) => normal === field || normal.startsWith(`${field}.`));
  if (own !== undefined) return own;
  const option = /^sections\[(\d+)\]\.options\[(\d+)\](?:\.(\w+))?/.exec(normal);
  if (option) {
    const section = Number(option[1]);
    const index = Number(option[2]);
    if (section !== 0) return "options";
    const row = optionRows[index] ?? index;
    const field = option[3];
    if (field === undefined) return `option.${row}`;
    return isOptionField(field) ? `option.${row}.${field}` : `option.${row}`;
  }
  if (/^sections(\[\d+\])?(\.(options|title))?$/.test(normal)) return "options";
  return "general";
}

/** Pure: problems grouped by the field that shows them, in the order they came. */
export function groupByField<T extends { path: string }>(
  problems: readonly T[],
  optionRows: readonly number[] = [],
): Map<FieldKey, T[]> {
  const groups = new Map<FieldKey, T[]>();
  for (const problem of problems) {
    const key = fieldForPath(problem.path, optionRows);
    groups.set(key, [...(groups.get(key) ?? []), problem]);
  }
  return groups;
}

/** Pure: moves problems of fields that are not on screen to `general`, so every problem stays visible. */
export function placeProblems<T>(
  groups: ReadonlyMap<FieldKey, T[]>,
  isVisible: (key: FieldKey) => boolean,
): Map<FieldKey, T[]> {
  const placed = new Map<FieldKey, T[]>();
  for (const [key, problems] of groups) {
    const target: FieldKey = key === "general" || isVisible(key) ? key : "general";
    placed.set(target, [...(placed.get(target) ?? []), ...problems]);
  }
  return placed;
}
