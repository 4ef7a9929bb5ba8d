/** Puts each problem next to the field its path names: the deepest shown field the path starts with. */
import { parentPath } from "./bot-path";

/** Pure: the shown field a path belongs to; `""` (the node as a whole) when none of its ancestors is shown. */
export function fieldOfPath(path: string, fields: ReadonlySet<string>): string {
  for (let candidate: string | undefined = path; candidate !== undefined; candidate = parentPath(candidate)) {
    if (fields.has(candidate)) return candidate;
  }
  return "";
}

/** Pure: problems grouped by the field that shows them, in the order they came. None is dropped. */
export function problemsByField<T extends { path: string }>(
  problems: readonly T[],
  fields: readonly string[],
): Map<string, T[]> {
  const shown = new Set(fields);
  const groups = new Map<string, T[]>();
  for (const problem of problems) {
    const field = fieldOfPath(problem.path, shown);
    groups.set(field, [...(groups.get(field) ?? []), problem]);
  }
  return groups;
}
