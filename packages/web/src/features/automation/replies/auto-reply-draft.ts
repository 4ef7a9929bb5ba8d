/** The reply editor's state (none, a text or a bot module) and the `AutoReply` it stands for. */
import type { AutoReply } from "../../../api/automation-types";

export type AutoReplyKind = "none" | "text" | "module";

/** Both inputs keep their value while the other kind is chosen, so switching back loses nothing. */
export interface AutoReplyDraft {
  kind: AutoReplyKind;
  text: string;
  moduleId: string;
}

/** Pure: a stored reply (or none) → the editor's state. */
export function autoReplyDraftOf(reply: AutoReply | null): AutoReplyDraft {
  if (reply === null) return { kind: "none", text: "", moduleId: "" };
  if (reply.kind === "text") return { kind: "text", text: reply.text, moduleId: "" };
  return { kind: "module", text: "", moduleId: reply.moduleId };
}

/** Pure: the editor's state → the reply to store; null for none. The module id is trimmed, the text kept as written. */
export function autoReplyOf(draft: AutoReplyDraft): AutoReply | null {
  switch (draft.kind) {
    case "none":
      return null;
    case "text":
      return { kind: "text", text: draft.text };
    case "module":
      return { kind: "module", moduleId: draft.moduleId.trim() };
  }
}

export type ReplyField = "reply" | "reply.text" | "reply.moduleId";

/** Pure: `reply.text`, `defaultReply.moduleId`… (under `prefix`) → the reply input that shows it. */
export function replyFieldOf(path: string, prefix: string): ReplyField | undefined {
  if (path === prefix || path === `${prefix}.kind`) return "reply";
  if (path === `${prefix}.text`) return "reply.text";
  if (path === `${prefix}.moduleId`) return "reply.moduleId";
  return path.startsWith(`${prefix}.`) ? "reply" : undefined;
}
