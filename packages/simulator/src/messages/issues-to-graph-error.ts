/**
 * Turns rule violations into Meta's synchronous error: 131008 for a missing parameter, 100 for a wrong,
 * unknown or over-long one, 131009 for an invalid value or count. The details name every field and rule.
 */
import type { z } from "zod";
import { GraphError } from "../graph/graph-error.js";

export type IssuePath = readonly PropertyKey[];

/** `interactive.action.sections[0].rows[3].title` */
export function formatPath(path: IssuePath): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(body)" : out;
}

function valueAt(root: unknown, path: IssuePath): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = Reflect.get(value, part);
  }
  return value;
}

function describe(issue: z.core.$ZodIssue, value: unknown): { code: number; rule: string } {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? { code: 131008, rule: "is required" }
        : { code: 100, rule: `must be ${issue.expected === "object" ? "an object" : `a ${issue.expected}`}` };
    case "too_big":
      if (issue.origin === "string" && typeof value === "string") {
        return { code: 100, rule: `${value.length} characters, WhatsApp allows ${String(issue.maximum)}` };
      }
      if (issue.origin === "array" && Array.isArray(value)) {
        return {
          code: 131009,
          rule: `${value.length} items, WhatsApp allows at most ${String(issue.maximum)}`,
        };
      }
      return { code: 131009, rule: `must be at most ${String(issue.maximum)}` };
    case "too_small":
      if (issue.origin === "string") return { code: 100, rule: "must not be empty" };
      if (issue.origin === "array" && Array.isArray(value)) {
        return {
          code: 131009,
          rule: `${value.length} items, WhatsApp needs at least ${String(issue.minimum)}`,
        };
      }
      return { code: 131009, rule: `must be at least ${String(issue.minimum)}` };
    case "invalid_value":
      if (value === undefined) return { code: 131008, rule: "is required" };
      return {
        code: 100,
        rule: `${JSON.stringify(value)} is not one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`,
      };
    case "invalid_union":
      return value === undefined
        ? { code: 131008, rule: "is required" }
        : { code: 100, rule: `${JSON.stringify(value)} is not supported here` };
    case "unrecognized_keys":
      return {
        code: 100,
        rule: `unexpected parameter${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`,
      };
    case "invalid_format":
      return { code: 131009, rule: `is not a valid ${issue.format}` };
    case "custom": {
      const code: unknown = issue.params?.code;
      return { code: typeof code === "number" ? code : 131009, rule: issue.message };
    }
    default:
      return { code: 100, rule: issue.message };
  }
}

/**
 * One GraphError for all issues: the code of the first, the details of every one (up to 10).
 * `prefix` is the path of the validated part inside `root`.
 */
export function issuesToGraphError(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  prefix: IssuePath = [],
): GraphError {
  const described = issues.slice(0, 10).map((issue) => {
    const path = [...prefix, ...issue.path];
    return { ...describe(issue, valueAt(root, path)), path };
  });
  const first = described[0] ?? { code: 100, rule: "invalid request", path: [] };
  const details = described.map((d) => `${formatPath(d.path)}: ${d.rule}`).join("; ");
  return new GraphError(first.code, details);
}
