/** How a `choices` message looks on the customer's phone: reply buttons or a list. */
import type { OutboundMessage } from "../../api/types";

type ChoicesMessage = Extract<OutboundMessage, { kind: "choices" }>;

/** Reply buttons hold at most 3 options with short titles and no descriptions. */
const MAX_BUTTONS = 3;
const MAX_BUTTON_TITLE = 20;

/** Pure: `buttons` or `list`; `auto` picks buttons when the options fit them. */
export function resolveChoiceStyle(message: Pick<ChoicesMessage, "style" | "sections">): "buttons" | "list" {
  if (message.style !== "auto") return message.style;
  const options = message.sections.flatMap((section) => section.options);
  const fitsButtons =
    message.sections.length <= 1 &&
    message.sections.every((section) => section.title === undefined) &&
    options.length <= MAX_BUTTONS &&
    options.every(
      (option) => option.description === undefined && [...option.title].length <= MAX_BUTTON_TITLE,
    );
  return fitsButtons ? "buttons" : "list";
}
