/**
 * Turns rule violations into one Meta error: the message of the first, in Meta's wording with Meta's
 * bracketed parameter paths (`message[attachment][payload][buttons][0][title]`), and every violation in
 * `error_user_msg`. Over-long strings are 100, too many elements 105, the rest 100.
 */
import type { z } from "zod";
import type { GraphError } from "../graph/graph-error.js";
import { metaError } from "./meta-error.js";

type IssuePath = readonly PropertyKey[];

/** `message[attachment][payload][elements][0][title]` */
export function metaPath(path: IssuePath): string {
  const [head, ...rest] = path;
  if (head === undefined) return "(body)";
  return `${String(head)}${rest.map((part) => `[${String(part)}]`).join("")}`;
}

function valueAt(root: unknown, path: IssuePath): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = Reflect.get(value, part);
  }
  return value;
}

interface Described {
  code: number;
  /** Meta's wording, without the `(#code)` prefix. */
  text: string;
}

function describe(issue: z.core.$ZodIssue, path: IssuePath, value: unknown): Described {
  const param = metaPath(path);
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? { code: 100, text: `The parameter ${param} is required` }
        : { code: 100, text: `param ${param} must be ${article(issue.expected)}` };
    case "too_big":
      if (issue.origin === "string" && typeof value === "string") {
        return {
          code: 100,
          text: `Length of param ${param} must be less than or equal to ${String(issue.maximum)} (it is ${value.length})`,
        };
      }
      if (issue.origin === "array" && Array.isArray(value)) {
        return {
          code: 105,
          text: `param ${param} has too many elements (${value.length}, at most ${String(issue.maximum)})`,
        };
      }
      return { code: 100, text: `param ${param} must be at most ${String(issue.maximum)}` };
    case "too_small":
      if (issue.origin === "string") return { code: 100, text: `param ${param} must be non-empty` };
      if (issue.origin === "array") {
        return { code: 100, text: `param ${param} has too few elements (at least ${String(issue.minimum)})` };
      }
      return { code: 100, text: `param ${param} must be at least ${String(issue.minimum)}` };
    case "invalid_value":
      if (value === undefined) return { code: 100, text: `The parameter ${param} is required` };
      return {
        code: 100,
        text: `param ${param} must be one of {${issue.values.map(String).join(", ")}} (got ${JSON.stringify(value)})`,
      };
    case "invalid_union": {
      if (value === undefined) return { code: 100, text: `The parameter ${param} is required` };
      const options = "options" in issue && Array.isArray(issue.options) ? issue.options.map(String) : [];
      const allowed = options.length > 0 ? ` must be one of {${options.join(", ")}}` : " is not valid here";
      return { code: 100, text: `param ${param}${allowed} (got ${JSON.stringify(value)})` };
    }
    case "unrecognized_keys":
      return { code: 100, text: `Unexpected key "${issue.keys.join('", "')}" on param "${param}"` };
    case "invalid_format":
      return { code: 100, text: `param ${param} must be a valid ${issue.format}` };
    case "custom": {
      const code: unknown = issue.params?.code;
      return { code: typeof code === "number" ? code : 100, text: `param ${param}: ${issue.message}` };
    }
    default:
      return { code: 100, text: `param ${param}: ${issue.message}` };
  }
}

function article(expected: string): string {
  return expected === "object" || expected === "array" ? `an ${expected}` : `a ${expected}`;
}

/**
 * One error for all issues of a parse of the part of `root` at `prefix`. Meta reports only the first
 * problem; the simulator lists up to 20 in `error_user_msg` so every broken limit shows at once.
 */
export function metaIssuesError(
  issues: readonly z.core.$ZodIssue[],
  root: unknown,
  prefix: IssuePath = [],
): GraphError {
  const described = issues.slice(0, 20).map((issue) => {
    const path = [...prefix, ...issue.path];
    return describe(issue, path, valueAt(root, path));
  });
  const first = described[0] ?? { code: 100, text: "Invalid parameter" };
  return metaError(first.code, first.text, { problems: described.map((d) => `(#${d.code}) ${d.text}`) });
}
