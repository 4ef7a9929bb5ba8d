/** Reacting to a business message, like WhatsApp's long-press emoji row. */
import type { CustomerMessage } from "./api.js";
import { button, el } from "./element.js";
import { openSheet } from "./sheet.js";

const EMOJIS = ["👍", "❤️", "😂", "😮", "😢", "🙏"] as const;

/** Opens the emoji row for message `wamid`; "Remove" sends an empty emoji, which removes the reaction. */
export function openReactionPicker(wamid: string, send: (message: CustomerMessage) => void): void {
  const choose = (emoji: string) => {
    sheet.close();
    send({ type: "reaction", messageId: wamid, emoji });
  };
  const content = el(
    "div",
    { class: "reaction-picker" },
    ...EMOJIS.map((emoji) =>
      button(
        emoji,
        { class: "reaction-picker__emoji", "data-testid": "reaction-option", "aria-label": `React ${emoji}` },
        () => choose(emoji),
      ),
    ),
    button("Remove", { class: "chip", "data-testid": "reaction-remove" }, () => choose("")),
  );
  const sheet = openSheet({ title: "React", testid: "reaction-sheet", content });
}
