/** Finds which offered option a customer's reply means: a tap by id, or typed text by number or title. */
import type { ChoiceOption, InboundContent } from "@switchboard/core";
import { normalizeReply } from "./normalize-reply.js";

/**
 * The option the reply picks, or undefined. A tap matches by option id; typed text by its 1-based number
 * ("2", also full-width "２") or by its title, compared with `normalizeReply`.
 */
export function matchReply<O extends ChoiceOption>(
  options: readonly O[],
  content: InboundContent,
): O | undefined {
  if (content.kind === "choice_reply") return options.find((o) => o.id === content.optionId);
  const typed =
    content.kind === "text" ? content.text : content.kind === "template_button" ? content.text : undefined;
  if (typed === undefined) return undefined;
  const folded = normalizeReply(typed);
  if (/^\d+$/.test(folded)) {
    const byNumber = options[Number(folded) - 1];
    if (byNumber !== undefined) return byNumber;
  }
  return options.find((o) => normalizeReply(o.title) === folded);
}
