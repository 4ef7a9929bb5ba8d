/** Renders a choices message as one plain text with a numbered line per option. */
import type { MessageOf } from "./outbound-message.js";

/**
 * The body, a blank line, one line per option across all sections ("1. Title — description", or
 * "1. Title" without a description), then the footer after a blank line. Header and section titles are
 * not shown. Numbers follow the order the engine matches typed replies against.
 */
export function numberedChoicesText(message: MessageOf<"choices">): string {
  const options = message.sections.flatMap((section) => section.options);
  const lines = options.map((option, index) => {
    const description = option.description?.trim();
    const base = `${String(index + 1)}. ${option.title}`;
    return description === undefined || description === "" ? base : `${base} — ${description}`;
  });
  const footer = message.footer?.trim();
  const parts = [message.body, lines.join("\n")];
  if (footer !== undefined && footer !== "") parts.push(footer);
  return parts.join("\n\n");
}
