/** Renders a carousel as one plain text: its cards in order, reply buttons numbered across all cards. */
import type { ChoiceOption } from "./outbound-message.js";
import type { MessageOf } from "./outbound-message.js";

/**
 * The reply buttons of every card in order, as the options a customer answers: the number a reply
 * button gets in `numberedCarouselText` is its place in this list, plus one.
 */
export function carouselReplyOptions(message: MessageOf<"carousel">): ChoiceOption[] {
  return message.cards.flatMap((card) =>
    card.buttons.flatMap((button) =>
      button.type === "reply" ? [{ id: button.id, title: button.title }] : [],
    ),
  );
}

/**
 * The body, then one block per card separated by blank lines: the title, the subtitle, the card's link,
 * then its buttons: a reply button as "n. Title" (n counts across all cards from 1), a link button as
 * "Title: URL". Images have no place in a text and are left to the author's choice of this fallback.
 */
export function numberedCarouselText(message: MessageOf<"carousel">): string {
  let number = 0;
  const blocks = message.cards.map((card) => {
    const lines = [card.title];
    const subtitle = card.subtitle?.trim();
    if (subtitle !== undefined && subtitle !== "") lines.push(subtitle);
    const link = card.url?.trim();
    if (link !== undefined && link !== "") lines.push(link);
    for (const button of card.buttons) {
      if (button.type === "reply") {
        number += 1;
        lines.push(`${String(number)}. ${button.title}`);
      } else {
        lines.push(`${button.title}: ${button.url}`);
      }
    }
    return lines.join("\n");
  });
  const body = message.body?.trim();
  return [...(body === undefined || body === "" ? [] : [message.body ?? ""]), ...blocks].join("\n\n");
}
