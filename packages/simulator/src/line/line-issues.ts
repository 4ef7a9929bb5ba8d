/** Turns rule violations into LINE's 400: one `{ message, property }` per problem, property paths like `messages[0].template.actions[1].label`. */
import type { z } from "zod";
import { bodyErrors, type LineError, type LineErrorDetail } from "./line-error.js";

type IssuePath = readonly PropertyKey[];

/** `messages[0].template.columns[2].title` */
export function lineProperty(path: IssuePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out;
}

function valueAt(root: unknown, path: IssuePath): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = Reflect.get(value, part);
  }
  return value;
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? "must be specified"
        : `must be ${issue.expected === "object" ? "an object" : `a ${issue.expected}`}`;
    case "too_big":
      return issue.origin === "string"
        ? `Length must be between 0 and ${String(issue.maximum)}`
        : `must be less than or equal to ${String(issue.maximum)}`;
    case "too_small":
      return issue.origin === "string"
        ? "May not be empty"
        : `must be greater than or equal to ${String(issue.minimum)}`;
    case "invalid_value":
      return value === undefined
        ? "must be specified"
        : `Must be one of the following values: [${issue.values.map(String).join(", ")}]`;
    case "invalid_union": {
      if (value === undefined) return "must be specified";
      const options = "options" in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
      return options.length > 0
        ? `Must be one of the following values: [${options.join(", ")}]`
        : "is invalid";
    }
    case "invalid_format":
      return `must be a valid ${issue.format}`;
    default:
      return issue.message;
  }
}

/** LINE's 400 listing every issue (up to 50) of `root`, the request body. */
export function lineIssuesError(issues: readonly z.core.$ZodIssue[], root: unknown): LineError {
  const details: LineErrorDetail[] = issues.slice(0, 50).map((issue) => ({
    message: describe(issue, valueAt(root, issue.path)),
    property: lineProperty(issue.path),
  }));
  return bodyErrors(details);
}
