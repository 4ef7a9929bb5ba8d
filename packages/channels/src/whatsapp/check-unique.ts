/** Checks that values WhatsApp needs distinct (button titles, option ids…) are distinct. */
import type { LimitViolation } from "@switchboard/core";

export interface UniqueEntry {
  path: string;
  value: string;
}

/**
 * Pushes a `unique` violation on every entry whose value already appeared earlier, naming that earlier
 * path. Values compare exactly; blank values are skipped (they are `required` violations already).
 */
export function checkUnique(
  violations: LimitViolation[],
  entries: readonly UniqueEntry[],
  what: string,
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
      message: `${path}: ${JSON.stringify(value)} repeats ${firstPath}, WhatsApp needs unique ${what}`,
    });
  }
}
