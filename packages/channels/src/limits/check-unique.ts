/** Checks that values a platform needs distinct (option ids, button titles, locales…) are distinct. */
import type { LimitViolation } from "@switchboard/core";

export interface UniqueEntry {
  path: string;
  value: string;
}

export interface UniqueRule {
  /** The platform named in messages: "Messenger needs unique option ids". */
  platform: string;
  /** What must be unique, plural: "option ids". */
  what: string;
}

/**
 * Pushes a `unique` violation on every entry whose value already appeared earlier, naming that earlier
 * path. Values compare exactly; blank values are skipped (they are `required` violations already).
 */
export function checkUnique(
  violations: LimitViolation[],
  entries: readonly UniqueEntry[],
  rule: UniqueRule,
): void {
  const firstPathOf = new Map<string, string>();
  for (const { path, value } of entries) {
    if (value.trim().length === 0) continue;
    const firstPath = firstPathOf.get(value);
    if (firstPath === undefined) {
      firstPathOf.set(value, path);
      continue;
    }
    violations.push({
      path,
      rule: "unique",
      message: `${path}: ${JSON.stringify(value)} repeats ${firstPath}, ${rule.platform} needs unique ${rule.what}`,
    });
  }
}
