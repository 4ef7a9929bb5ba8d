/** Errors of the control API: an HTTP status and `{ error: { message, issues? } }`. */
import type { z } from "zod";

export class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = "ControlError";
  }

  toJSON(): { error: { message: string; issues?: string[] } } {
    return { error: { message: this.message, ...(this.issues.length > 0 ? { issues: this.issues } : {}) } };
  }
}

/** Parses control API input or throws a 400 that lists every problem with its path. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map(
    (issue) => `${issue.path.map(String).join(".") || what}: ${issue.message}`,
  );
  throw new ControlError(400, `invalid ${what}: ${issues.join("; ")}`, issues);
}
