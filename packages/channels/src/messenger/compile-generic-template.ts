/**
 * Cards for Messenger and Instagram: a generic template of 1–10 elements, shown as a carousel when there
 * are several (PLATFORMS.md B2, Part C). The neutral carousel compiles through it (compile-carousel.ts).
 */
import { err, ok, type LimitViolation, type Result } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkId } from "../limits/check-id.js";
import { checkLength, nonBlank } from "../limits/check-length.js";
import { checkHttpUrl } from "../limits/check-url.js";
import type { SendApiButton, SendApiGenericElement, SendApiMessage } from "./compiled-body.js";
import {
  BUTTON_TITLE_MAX,
  BUTTONS_MAX,
  GENERIC_ELEMENTS_MAX,
  GENERIC_ELEMENTS_MIN,
  GENERIC_SUBTITLE_MAX,
  GENERIC_TITLE_MAX,
  PAYLOAD_MAX,
} from "./messenger-limits.js";

/** A card button: a postback (its payload comes back when tapped) or a link. */
export type CardButton =
  { kind: "postback"; title: string; payload: string } | { kind: "url"; title: string; url: string };

/** One card of a carousel, in neutral words. */
export interface Card {
  title: string;
  subtitle?: string;
  imageUrl?: string;
  /** Opened when the card itself is tapped. */
  url?: string;
  buttons?: CardButton[];
}

function compileButton(
  violations: LimitViolation[],
  path: string,
  button: CardButton,
  platform: string,
): SendApiButton {
  checkLength(violations, `${path}.title`, button.title, { platform, required: true, max: BUTTON_TITLE_MAX });
  if (button.kind === "postback") {
    checkId(violations, `${path}.payload`, button.payload, { platform, max: PAYLOAD_MAX });
    return { type: "postback", title: button.title, payload: button.payload };
  }
  checkHttpUrl(violations, `${path}.url`, button.url, { platform });
  return { type: "web_url", title: button.title, url: button.url };
}

function compileCard(
  violations: LimitViolation[],
  path: string,
  card: Card,
  platform: string,
): SendApiGenericElement {
  checkLength(violations, `${path}.title`, card.title, { platform, required: true, max: GENERIC_TITLE_MAX });
  checkLength(violations, `${path}.subtitle`, card.subtitle, { platform, max: GENERIC_SUBTITLE_MAX });
  const subtitle = nonBlank(card.subtitle);
  const imageUrl = nonBlank(card.imageUrl);
  const url = nonBlank(card.url);
  const buttons = card.buttons ?? [];
  if (imageUrl !== undefined) checkHttpUrl(violations, `${path}.imageUrl`, imageUrl, { platform });
  if (url !== undefined) checkHttpUrl(violations, `${path}.url`, url, { platform });
  checkCount(violations, `${path}.buttons`, buttons.length, { platform, max: BUTTONS_MAX });
  if (subtitle === undefined && imageUrl === undefined && url === undefined && buttons.length === 0) {
    violations.push({
      path: `${path}.subtitle`,
      rule: "required",
      message: `${path}.subtitle: ${platform} needs a subtitle, an image, a link or a button beside the title`,
    });
  }
  return {
    title: card.title,
    ...(subtitle === undefined ? {} : { subtitle }),
    ...(imageUrl === undefined ? {} : { image_url: imageUrl }),
    ...(url === undefined ? {} : { default_action: { type: "web_url" as const, url } }),
    ...(buttons.length === 0
      ? {}
      : { buttons: buttons.map((b, i) => compileButton(violations, `${path}.buttons[${i}]`, b, platform)) }),
  };
}

/**
 * Pushes every broken limit onto `violations` (paths under `path`, e.g. `cards[3].buttons[0].title`):
 * 1–10 cards; title ≤80 and required; subtitle ≤80; http(s) image and link; ≤3 buttons with titles ≤20 and
 * payloads ≤1000; and something beside the title, which Meta needs.
 */
export function compileGenericTemplate(
  violations: LimitViolation[],
  path: string,
  cards: readonly Card[],
  platform: string,
): SendApiMessage {
  checkCount(violations, path, cards.length, {
    platform,
    min: GENERIC_ELEMENTS_MIN,
    max: GENERIC_ELEMENTS_MAX,
  });
  const elements = cards.map((card, i) => compileCard(violations, `${path}[${i}]`, card, platform));
  return { attachment: { type: "template", payload: { template_type: "generic", elements } } };
}

/** `compileGenericTemplate` on its own: the message, or every violation under `cards`. */
export function compileCards(
  cards: readonly Card[],
  platform: "Messenger" | "Instagram",
): Result<SendApiMessage, LimitViolation[]> {
  const violations: LimitViolation[] = [];
  const message = compileGenericTemplate(violations, "cards", cards, platform);
  return violations.length === 0 ? ok(message) : err(violations);
}
