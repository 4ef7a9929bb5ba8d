/**
 * Checks a request body against the rules of its resource (beyond the types the route schema already
 * checked): any broken rule answers 422 with the first field's path (`keywords[0].value`) and every issue.
 */
import type { z } from "zod";
import { AppError } from "@switchboard/core";

export function parseWithFieldErrors<S extends z.ZodType>(
  schema: S,
  value: unknown,
  code: string,
): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((issue) => ({
    path: fieldPath(issue.path),
    message: issue.message,
  }));
  const first = issues[0];
  throw new AppError(
    code,
    422,
    issues.map((i) => (i.path === "" ? i.message : `${i.path}: ${i.message}`)).join("; "),
    { ...(first === undefined || first.path === "" ? {} : { path: first.path }), details: { issues } },
  );
}

/** `["keywords", 0, "value"]` → `keywords[0].value`. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : `${index === 0 ? "" : "."}${String(part)}`,
    )
    .join("");
}
