/**
 * What every channel checks on a carousel, whatever form it takes there: 1–10 cards, each with a title
 * and at most 3 buttons, reply ids present and unique across the cards (a tap is matched by id alone).
 */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkId } from "../limits/check-id.js";
import { checkLength } from "../limits/check-length.js";
import { checkUnique, type UniqueEntry } from "../limits/check-unique.js";

/** Cards of a carousel on every channel (Messenger, Instagram and LINE carousels hold 10). */
export const CAROUSEL_CARDS_MAX = 10;
/** Buttons of one card on every channel. */
export const CARD_BUTTONS_MAX = 3;

export interface CarouselCheckOptions {
  /** The channel's own limit on reply ids. */
  idMax?: number;
  /** False when the channel's form counts the buttons of a card itself (LINE's columns). */
  countButtons?: boolean;
}

/** Pushes every broken rule shared by all channels. */
export function checkCarousel(
  violations: LimitViolation[],
  message: MessageOf<"carousel">,
  platform: string,
  { idMax, countButtons = true }: CarouselCheckOptions = {},
): void {
  checkCount(violations, "cards", message.cards.length, {
    platform,
    min: 1,
    max: CAROUSEL_CARDS_MAX,
    unit: "cards",
  });
  const ids: UniqueEntry[] = [];
  message.cards.forEach((card, c) => {
    const at = `cards[${c}]`;
    checkLength(violations, `${at}.title`, card.title, { platform, required: true });
    if (countButtons)
      checkCount(violations, `${at}.buttons`, card.buttons.length, {
        platform,
        max: CARD_BUTTONS_MAX,
        unit: "buttons",
        scope: "on a card",
      });
    card.buttons.forEach((button, b) => {
      if (button.type !== "reply") return;
      const path = `${at}.buttons[${b}].id`;
      checkId(violations, path, button.id, { platform, ...(idMax === undefined ? {} : { max: idMax }) });
      ids.push({ path, value: button.id });
    });
  });
  checkUnique(violations, ids, { platform, what: "reply button ids across the cards" });
}
