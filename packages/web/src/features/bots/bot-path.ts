/** Paths inside a bot definition (`modules[1].nodes[0].body`), in whichever spelling the server used. */
import { normalizePath } from "../composer/violation-path";

/** Where a path points: a module (by index in the draft), maybe one of its nodes, and the rest. */
export interface BotPathPlace {
  moduleIndex: number | null;
  nodeIndex: number | null;
  /** The path inside the node (or module, or bot when the indexes are null); `""` for the whole. */
  field: string;
}

/**
 * Pure: `body.draft.modules.1.nodes.0.message.text` (a request issue), `/modules/1/nodes/0` or
 * `modules[1].nodes[0].message.text` → `modules[1].nodes[0].message.text`.
 */
export function normalizeBotPath(path: string): string {
  return normalizePath(path).replace(/^(body\.)?(draft\.|definition\.)?/, "");
}

/** Pure: the module, node and field a bot path names. */
export function placeOfPath(path: string): BotPathPlace {
  const normal = normalizeBotPath(path);
  const match = /^modules\[(\d+)\](?:\.nodes\[(\d+)\])?\.?(.*)$/.exec(normal);
  if (!match) return { moduleIndex: null, nodeIndex: null, field: normal };
  const nodeIndex = match[2] === undefined ? null : Number(match[2]);
  return { moduleIndex: Number(match[1]), nodeIndex, field: match[3] ?? "" };
}

/** Pure: `joinPath("message", "sections[0]")` → `message.sections[0]`; either side may be empty. */
export function joinPath(base: string, path: string): string {
  if (path === "") return base;
  if (base === "") return path;
  return path.startsWith("[") ? `${base}${path}` : `${base}.${path}`;
}

/** Pure: the path one level up (`sections[0].options` → `sections[0]` → `sections` → `""`). */
export function parentPath(path: string): string | undefined {
  if (path === "") return undefined;
  const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
  return cut <= 0 ? "" : path.slice(0, cut);
}
