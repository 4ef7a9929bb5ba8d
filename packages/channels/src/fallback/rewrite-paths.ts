/** Moves a part's violations back onto the paths of the message the part was made from. */
import type { LimitViolation } from "@switchboard/core";

/** Pairs of (path in the part, path in the original message); the longest matching part path wins. */
export type PathMap = readonly (readonly [string, string])[];

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

/** `path` with its longest mapped prefix replaced; unchanged when no entry of `map` covers it. */
export function rewritePath(path: string, map: PathMap): string {
  let best: readonly [string, string] | undefined;
  for (const entry of map) {
    if (isUnder(path, entry[0]) && (best === undefined || entry[0].length > best[0].length)) best = entry;
  }
  return best === undefined ? path : best[1] + path.slice(best[0].length);
}

/** The violation with its path rewritten through `map`, and its message where it starts with the path. */
export function rewritePaths(violation: LimitViolation, map: PathMap): LimitViolation {
  const path = rewritePath(violation.path, map);
  const message = violation.message.startsWith(violation.path)
    ? path + violation.message.slice(violation.path.length)
    : violation.message;
  return { ...violation, path, message };
}
