/** Adds one issue for every id that repeats an earlier one (the first use stays valid), at that entry's path. */
import type { z } from "zod";

export function reportRepeatedIds(
  ctx: z.RefinementCtx,
  entries: readonly { id: string; path: (string | number)[] }[],
  message: (id: string) => string,
): void {
  const seen = new Set<string>();
  for (const { id, path } of entries) {
    if (seen.has(id)) ctx.addIssue({ code: "custom", path, message: message(id) });
    seen.add(id);
  }
}
