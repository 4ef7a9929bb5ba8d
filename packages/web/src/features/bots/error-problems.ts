/** Reads every problem a failed bot call names (publish, save, import), each with its path. */
import { ApiError } from "../../api/api-error";
import type { Bot, BotProblem } from "../../api/bots-api";
import { normalizeBotPath, placeOfPath } from "./bot-path";

/** A problem named only by its path from the bot's root. */
export interface PathProblem {
  path: string;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function parseBotProblem(value: unknown): BotProblem | undefined {
  if (!isRecord(value)) return undefined;
  const { moduleId, nodeIndex, path, message } = value;
  if (typeof moduleId !== "string" || typeof path !== "string" || typeof message !== "string")
    return undefined;
  return typeof nodeIndex === "number" ? { moduleId, nodeIndex, path, message } : { moduleId, path, message };
}

/** Pure: the publish check's problems of a 422 `bot_invalid` (`problems`, or `details.problems`). */
export function botProblemsOfError(error: unknown): BotProblem[] | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const details = isRecord(error.raw.details) ? error.raw.details : {};
  const list = Array.isArray(error.raw.problems) ? error.raw.problems : details.problems;
  if (!Array.isArray(list)) return undefined;
  return list.map(parseBotProblem).filter((problem): problem is BotProblem => problem !== undefined);
}

/** `modules[0].name: Required` → `Required` when the field already shows the path. */
function withoutPath(message: string, path: string): string {
  return path !== "" && message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message;
}

/**
 * Pure: the schema problems of a failed save or import, paths normalized to the bot's own spelling:
 * request issues (400), limit violations, or the error's single `path` (422). Empty when it names none.
 */
export function pathProblemsOfError(error: unknown): PathProblem[] {
  if (!(error instanceof ApiError)) return [];
  const named = [...error.issues, ...error.violations].map((problem) => ({
    path: normalizeBotPath(problem.path),
    message: withoutPath(problem.message, problem.path),
  }));
  if (named.length > 0) return named;
  if (error.path === undefined) return [];
  return [{ path: normalizeBotPath(error.path), message: withoutPath(error.message, error.path) }];
}

/** Pure: path problems named by module (from the draft the paths were found in) and node. */
export function toBotProblems(problems: readonly PathProblem[], bot: Bot): BotProblem[] {
  return problems.map(({ path, message }) => {
    const place = placeOfPath(path);
    const moduleId = place.moduleIndex === null ? "" : (bot.modules[place.moduleIndex]?.id ?? "");
    return place.nodeIndex === null
      ? { moduleId, path, message }
      : { moduleId, nodeIndex: place.nodeIndex, path, message };
  });
}
