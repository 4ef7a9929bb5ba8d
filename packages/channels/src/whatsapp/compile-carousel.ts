/**
 * A neutral carousel on WhatsApp: an interactive media carousel when every card fits one (PLATFORMS.md
 * A3.1: 2–10 cards, each an image, a short body and one URL button, a body above the cards); otherwise
 * the author's fallback: the reasons it does not fit (`refuse`), one numbered text, or one message per card.
 */
import type { LimitViolation, MessageOf, OutboundMessage } from "@switchboard/core";
import { checkCarousel } from "../carousel/check-carousel.js";
import { splitCarouselCards } from "../carousel/split-carousel-cards.js";
import { planCarouselFallback } from "../fallback/carousel-fallback.js";
import { rewritePaths } from "../fallback/rewrite-paths.js";
import { checkCount } from "../limits/check-count.js";
import { checkHttpUrl } from "../limits/check-url.js";
import { checkText, measureText, nonBlank } from "./check-text.js";
import { compileMediaSource } from "./compile-media-source.js";
import type { WhatsAppCarouselCard, WhatsAppMessageBody } from "./compiled-body.js";
import {
  CAROUSEL_CARD_BODY_MAX,
  CAROUSEL_CARD_LINE_BREAKS_MAX,
  CAROUSEL_CARDS_MAX,
  CAROUSEL_CARDS_MIN,
  CTA_DISPLAY_TEXT_MAX,
  INTERACTIVE_BODY_MAX,
  REPLY_BUTTON_ID_MAX,
  TEXT_BODY_MAX,
} from "./whatsapp-limits.js";

type Carousel = MessageOf<"carousel">;
/** Compiles one plain neutral message (a part of the split) into its WhatsApp body. */
export type PartCompiler = (violations: LimitViolation[], message: OutboundMessage) => WhatsAppMessageBody;

function misfit(path: string, rule: string, why: string): LimitViolation {
  return {
    path,
    rule,
    message: `${path}: ${why}; set the fallback to "split" or "numbered_text" for WhatsApp`,
  };
}

/** Why the carousel is no WhatsApp media carousel; none when its shape fits one. */
export function carouselMisfits(message: Carousel): LimitViolation[] {
  const misfits: LimitViolation[] = [];
  checkCount(misfits, "cards", message.cards.length, {
    platform: "WhatsApp",
    min: CAROUSEL_CARDS_MIN,
    max: CAROUSEL_CARDS_MAX,
    unit: "cards",
    scope: "for a media carousel",
  });
  if (nonBlank(message.body) === undefined)
    misfits.push(misfit("body", "required", "a WhatsApp media carousel needs a text above the cards"));
  message.cards.forEach((card, c) => {
    const at = `cards[${c}]`;
    if (card.image === undefined)
      misfits.push(misfit(`${at}.image`, "required", "every WhatsApp carousel card needs an image"));
    if (nonBlank(card.url) !== undefined)
      misfits.push(
        misfit(`${at}.url`, "not_allowed", "a WhatsApp carousel card opens only through its button"),
      );
    const links = card.buttons.filter((button) => button.type === "url").length;
    if (links !== 1 || card.buttons.length !== 1)
      misfits.push(
        misfit(
          `${at}.buttons`,
          "exact_items",
          "a WhatsApp carousel card takes exactly one link button, nothing else",
        ),
      );
  });
  return misfits;
}

/** The card's title and subtitle on two lines: ≤160 characters and ≤2 line breaks in all. */
function compileCard(
  violations: LimitViolation[],
  card: Carousel["cards"][number],
  c: number,
): WhatsAppCarouselCard {
  const at = `cards[${c}]`;
  const subtitle = nonBlank(card.subtitle);
  const text = subtitle === undefined ? card.title : `${card.title}\n${subtitle}`;
  const textPath = subtitle === undefined ? `${at}.title` : `${at}.subtitle`;
  const size = measureText(text).size;
  if (size > CAROUSEL_CARD_BODY_MAX) {
    violations.push({
      path: textPath,
      rule: "max_length",
      message: `${textPath}: the card text (title and subtitle) has ${size} characters, WhatsApp allows ${CAROUSEL_CARD_BODY_MAX}`,
      limit: CAROUSEL_CARD_BODY_MAX,
      actual: size,
    });
  }
  const breaks = (text.match(/\n/g) ?? []).length;
  if (breaks > CAROUSEL_CARD_LINE_BREAKS_MAX) {
    violations.push({
      path: textPath,
      rule: "max_line_breaks",
      message: `${textPath}: the card text (title and subtitle) has ${breaks} line breaks, WhatsApp allows ${CAROUSEL_CARD_LINE_BREAKS_MAX}`,
      limit: CAROUSEL_CARD_LINE_BREAKS_MAX,
      actual: breaks,
    });
  }
  const button = card.buttons[0];
  const link = button?.type === "url" ? button : { title: "", url: "" };
  checkText(violations, `${at}.buttons[0].title`, link.title, { required: true, max: CTA_DISPLAY_TEXT_MAX });
  checkHttpUrl(violations, `${at}.buttons[0].url`, link.url, { platform: "WhatsApp" });
  const image =
    card.image === undefined ? { link: "" } : compileMediaSource(violations, `${at}.image`, card.image);
  return {
    card_index: c,
    type: "cta_url",
    header: { type: "image", image },
    body: { text },
    action: { name: "cta_url", parameters: { display_text: link.title, url: link.url } },
  };
}

function compileNative(violations: LimitViolation[], message: Carousel): WhatsAppMessageBody {
  const body = message.body ?? "";
  checkText(violations, "body", body, { required: true, max: INTERACTIVE_BODY_MAX });
  const cards = message.cards.map((card, c) => compileCard(violations, card, c));
  return { type: "interactive", interactive: { type: "carousel", body: { text: body }, action: { cards } } };
}

/**
 * The WhatsApp messages of a carousel: one media carousel, one numbered text (≤4096), or with `split`
 * the body as a text and then each card as reply buttons, link buttons, an image or a text.
 */
export function compileCarousel(
  violations: LimitViolation[],
  message: Carousel,
  compilePart: PartCompiler,
): WhatsAppMessageBody[] {
  checkCarousel(violations, message, "WhatsApp", { idMax: REPLY_BUTTON_ID_MAX });
  const plan = planCarouselFallback(violations, message, carouselMisfits(message));
  switch (plan.kind) {
    case "native":
      return [compileNative(violations, message)];
    case "text":
      checkText(violations, "fallback", plan.text, { required: true, max: TEXT_BODY_MAX });
      return [{ type: "text", text: { body: plan.text } }];
    case "refused":
      return [];
    case "split":
      return splitCarouselCards(message).map((part) => {
        const own: LimitViolation[] = [];
        const body = compilePart(own, part.message);
        violations.push(...own.map((violation) => rewritePaths(violation, part.paths)));
        return body;
      });
  }
}
