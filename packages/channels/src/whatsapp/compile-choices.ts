/** Compiles a neutral choice into reply buttons or a list, following its `style`. */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { nonBlank } from "./check-text.js";
import { compileList } from "./compile-list.js";
import { compileReplyButtons } from "./compile-reply-buttons.js";
import type { WhatsAppInteractive } from "./compiled-body.js";
import { LIST_ROWS_TOTAL_MAX, REPLY_BUTTONS_MAX, SECTIONS_MAX } from "./whatsapp-limits.js";

/** `auto` picks reply buttons when they can show everything, else a list. */
export function chooseChoicesStyle(message: MessageOf<"choices">): "buttons" | "list" {
  if (message.style !== "auto") return message.style;
  const [only, ...others] = message.sections;
  const fitsButtons =
    only !== undefined &&
    others.length === 0 &&
    nonBlank(only.title) === undefined &&
    only.options.length >= 1 &&
    only.options.length <= REPLY_BUTTONS_MAX &&
    only.options.every((option) => nonBlank(option.description) === undefined);
  return fitsButtons ? "buttons" : "list";
}

/**
 * `auto` means reply buttons for one untitled section of 1–3 options without descriptions, and a list
 * for anything else. Nothing is truncated or de-duplicated: what does not fit the chosen form comes back
 * as violations.
 */
export function compileChoices(
  violations: LimitViolation[],
  message: MessageOf<"choices">,
): WhatsAppInteractive {
  return chooseChoicesStyle(message) === "buttons"
    ? compileReplyButtons(violations, message)
    : compileList(violations, message);
}

/** True when the chosen form cannot hold this many options (or list sections): the fallback's trigger. */
export function choicesOverCount(message: MessageOf<"choices">): boolean {
  const count = message.sections.reduce((sum, section) => sum + section.options.length, 0);
  return chooseChoicesStyle(message) === "buttons"
    ? count > REPLY_BUTTONS_MAX
    : count > LIST_ROWS_TOTAL_MAX || message.sections.length > SECTIONS_MAX;
}
