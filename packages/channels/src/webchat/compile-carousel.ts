/** Cards side by side in the widget: a title, text, image, a link on the card and up to three buttons each. */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkUnique } from "../limits/check-unique.js";
import { checkHttpUrl } from "../limits/check-url.js";
import { checkText, mediaUrl, optional } from "./compile-parts.js";
import {
  BUTTON_TEXT_MAX,
  CARDS_MAX,
  CARD_BUTTONS_MAX,
  DESCRIPTION_MAX,
  OPTION_ID_MAX,
  TEXT_MAX,
  TITLE_MAX,
  URL_MAX,
  WEBCHAT,
} from "./webchat-limits.js";
import type { WebchatCardButton, WebchatMessage } from "./webchat-message.js";

export function compileCarousel(
  violations: LimitViolation[],
  message: MessageOf<"carousel">,
): WebchatMessage {
  checkText(violations, "body", message.body, TEXT_MAX);
  checkCount(violations, "cards", message.cards.length, { platform: WEBCHAT, min: 1, max: CARDS_MAX });
  const replies: { path: string; value: string }[] = [];
  const cards = message.cards.map((card, c) => {
    const path = `cards[${c}]`;
    checkText(violations, `${path}.title`, card.title, TITLE_MAX, true);
    checkText(violations, `${path}.subtitle`, card.subtitle, DESCRIPTION_MAX);
    if (card.url !== undefined)
      checkHttpUrl(violations, `${path}.url`, card.url, { platform: WEBCHAT, max: URL_MAX });
    const imageUrl = card.image === undefined ? undefined : mediaUrl(violations, `${path}.image`, card.image);
    checkCount(violations, `${path}.buttons`, card.buttons.length, {
      platform: WEBCHAT,
      max: CARD_BUTTONS_MAX,
    });
    const buttons = card.buttons.map((button, b): WebchatCardButton => {
      const at = `${path}.buttons[${b}]`;
      checkText(violations, `${at}.title`, button.title, BUTTON_TEXT_MAX, true);
      if (button.type === "url") {
        checkHttpUrl(violations, `${at}.url`, button.url, { platform: WEBCHAT, max: URL_MAX });
        return { type: "url", title: button.title, url: button.url };
      }
      checkText(violations, `${at}.id`, button.id, OPTION_ID_MAX, true);
      replies.push({ path: `${at}.id`, value: button.id });
      return { type: "reply", id: button.id, title: button.title };
    });
    return {
      title: card.title,
      ...optional("subtitle", card.subtitle),
      ...optional("imageUrl", imageUrl),
      ...optional("url", card.url),
      buttons,
    };
  });
  checkUnique(violations, replies, { platform: WEBCHAT, what: "reply button ids" });
  return { type: "carousel", ...optional("body", message.body), cards };
}
