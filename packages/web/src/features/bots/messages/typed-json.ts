/**
 * Recognises JSON typed by hand as a message or as template buttons. Only the discriminating fields are
 * checked here; the live check and the server name every other problem with its path.
 */
import type { TemplateButtonParameter } from "../../../api/bots-api";
import type { OutboundMessage } from "../../../api/types";
import type { MessageKind } from "../new-message";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Pure: true for an object whose `kind` is the message kind being edited. */
export function isMessageOfKind(value: unknown, kind: MessageKind): value is OutboundMessage {
  return isRecord(value) && value.kind === kind;
}

const buttonTypes = new Set(["quick_reply", "url", "copy_code"]);

/** Pure: true for a list of `{ type: quick_reply|url|copy_code, index: number, … }`. */
export function isTemplateButtons(value: unknown): value is TemplateButtonParameter[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        isRecord(item) &&
        typeof item.type === "string" &&
        buttonTypes.has(item.type) &&
        typeof item.index === "number",
    )
  );
}
