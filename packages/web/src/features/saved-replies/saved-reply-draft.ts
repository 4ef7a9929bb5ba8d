/** The saved reply form's state, the request it sends, and where each problem the server names is shown. */
import type { SavedReply, SavedReplyInput } from "../../api/saved-replies-api";
import type { LimitViolation, OutboundMessage } from "../../api/types";
import { tagsOf } from "../automation/ref-links/ref-link-draft";
import { joinPath } from "../bots/bot-path";
import { messageFieldPaths } from "../bots/field-paths";
import { problemsByField } from "../bots/problems-by-field";

export interface SavedReplyDraft {
  title: string;
  /** As typed, with its `/`. */
  shortcut: string;
  /** Separated by commas (`,` `，` `、`). */
  tags: string;
  message: OutboundMessage;
}

export function newSavedReplyDraft(): SavedReplyDraft {
  return { title: "", shortcut: "/", tags: "", message: { kind: "text", text: "" } };
}

export function savedReplyDraftOf(reply: SavedReply): SavedReplyDraft {
  return {
    title: reply.title,
    shortcut: reply.shortcut,
    tags: reply.tags.join(", "),
    message: reply.message,
  };
}

/** Pure: the form → the create (or full update) body; title and shortcut trimmed, tags split. */
export function savedReplyRequestOf(draft: SavedReplyDraft): SavedReplyInput {
  return {
    title: draft.title.trim(),
    shortcut: draft.shortcut.trim(),
    tags: tagsOf(draft.tags),
    message: draft.message,
  };
}

/** The reply's own fields; anything else the server names is inside the message. */
const replyFields = ["title", "shortcut", "tags", "scope", "ownerId"];

/**
 * Pure: a problem's path as the form knows it. Failed saves give paths relative to the body with a
 * leading `message.` dropped (`text`, `sections[0].title`); the form shows the message under `message`.
 */
export function formPathOf(path: string): string {
  const head = /^\w+/.exec(path)?.[0];
  return head !== undefined && replyFields.includes(head) ? path : joinPath("message", path);
}

/**
 * Pure: problems by the field that shows them (`title`, `message.sections[0].options[1].title`…); `""`
 * collects what no shown field claims, so every problem stays visible.
 */
export function placeSavedReplyProblems(
  problems: readonly LimitViolation[],
  message: OutboundMessage,
): Map<string, LimitViolation[]> {
  const fields = ["title", "shortcut", "tags", ...messageFieldPaths(message, "message")];
  return problemsByField(
    problems.map((problem) => ({ ...problem, path: formPathOf(problem.path) })),
    fields,
  );
}
