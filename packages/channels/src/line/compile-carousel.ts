/**
 * A neutral carousel on LINE: a carousel template (PLATFORMS.md D2: ≤10 columns, title ≤40, text ≤120 or
 * ≤60 beside a title or image, 1–3 actions, every column the same number of actions and the same use of
 * image and title). Columns that differ follow the author's fallback: refused, one numbered text, or
 * (`split`) one carousel per run of alike cards. The body goes first as a text and is the `altText`.
 */
import type { CarouselCard, LimitViolation, MessageOf } from "@switchboard/core";
import { checkCarousel } from "../carousel/check-carousel.js";
import { planCarouselFallback } from "../fallback/carousel-fallback.js";
import { distinctViolations } from "../limits/distinct-violations.js";
import { choicePostbackData } from "./choice-postback.js";
import { checkBytes, checkText, nonBlank } from "./check-text.js";
import { checkActionUri } from "./check-url.js";
import { compileMediaUrl } from "./compile-media-url.js";
import { carouselTemplateMessage, type CarouselColumnInput } from "./compile-templates.js";
import { ACTION_LABEL_MAX, POSTBACK_DATA_MAX_BYTES, TEXT_MAX } from "./line-limits.js";
import type { LineAction, LineMessage } from "./line-message-types.js";

type Carousel = MessageOf<"carousel">;

/** Postback for a reply button (its id and title come back in `postback.data`), uri for a link. */
function compileActions(violations: LimitViolation[], card: CarouselCard, at: string): LineAction[] {
  return card.buttons.map((button, b) => {
    const path = `${at}.buttons[${b}]`;
    checkText(violations, `${path}.title`, button.title, {
      required: true,
      max: ACTION_LABEL_MAX,
      as: "the button label",
    });
    if (button.type === "url") {
      checkActionUri(violations, `${path}.url`, button.url);
      return { type: "uri", label: button.title, uri: button.url };
    }
    const data = choicePostbackData(button);
    checkBytes(violations, `${path}.id`, data, {
      max: POSTBACK_DATA_MAX_BYTES,
      as: "the postback data (id and title)",
    });
    return { type: "postback", label: button.title, data, displayText: button.title };
  });
}

function compileColumn(violations: LimitViolation[], card: CarouselCard, c: number): CarouselColumnInput {
  const at = `cards[${c}]`;
  const image =
    card.image === undefined
      ? undefined
      : compileMediaUrl(violations, `${at}.image`, card.image, "a carousel image");
  const link = nonBlank(card.url);
  if (link !== undefined) checkActionUri(violations, `${at}.url`, link);
  return {
    path: at,
    titlePath: `${at}.title`,
    textPath: `${at}.subtitle`,
    column: {
      title: card.title,
      text: card.subtitle ?? "",
      ...(image === undefined ? {} : { thumbnailImageUrl: image }),
      ...(link === undefined ? {} : { defaultAction: { type: "uri", uri: link } }),
      actions: compileActions(violations, card, at),
    },
  };
}

/** The shape LINE needs alike in every column: the number of buttons and whether there is an image. */
function shapeOf(card: CarouselCard): string {
  return `${card.buttons.length}:${card.image === undefined ? "no image" : "image"}`;
}

/** Why the cards cannot share one carousel template; none when every card is shaped like the first. */
export function carouselMisfits(message: Carousel): LimitViolation[] {
  const [first] = message.cards;
  if (first === undefined) return [];
  return message.cards.flatMap((card, c) =>
    c === 0 || shapeOf(card) === shapeOf(first)
      ? []
      : [
          {
            path: `cards[${c}]`,
            rule: "same_layout",
            message: `cards[${c}]: has ${card.buttons.length} buttons and ${card.image === undefined ? "no image" : "an image"}, unlike cards[0]; LINE needs every carousel column alike`,
          },
        ],
  );
}

/** Consecutive cards of the same shape, each run one carousel (with the cards' original indexes). */
function runsOf(message: Carousel): number[][] {
  const runs: number[][] = [];
  message.cards.forEach((card, c) => {
    const last = runs[runs.length - 1];
    const previous = last === undefined ? undefined : message.cards[last[last.length - 1] ?? -1];
    if (last !== undefined && previous !== undefined && shapeOf(previous) === shapeOf(card)) last.push(c);
    else runs.push([c]);
  });
  return runs;
}

function carouselOf(violations: LimitViolation[], message: Carousel, indexes: number[]): LineMessage {
  const columns = indexes.flatMap((c) => {
    const card = message.cards[c];
    return card === undefined ? [] : [compileColumn(violations, card, c)];
  });
  const altText = nonBlank(message.body) ?? indexes.map((c) => message.cards[c]?.title ?? "").join(", ");
  return carouselTemplateMessage(violations, altText, columns, "cards");
}

/** The LINE messages of a carousel: the body as a text (when there is one), then the template(s). */
export function compileCarousel(violations: LimitViolation[], message: Carousel): LineMessage[] {
  const own: LimitViolation[] = [];
  const messages = compileMessages(own, message);
  violations.push(...distinctViolations(own));
  return messages;
}

function compileMessages(violations: LimitViolation[], message: Carousel): LineMessage[] {
  checkCarousel(violations, message, "LINE", { countButtons: false });
  const plan = planCarouselFallback([], message, carouselMisfits(message));
  if (plan.kind === "text") {
    checkText(violations, "fallback", plan.text, { required: true, max: TEXT_MAX, as: "the numbered text" });
    return [{ type: "text", text: plan.text }];
  }
  const body = nonBlank(message.body);
  if (body !== undefined) checkText(violations, "body", body, { max: TEXT_MAX });
  const intro: LineMessage[] = body === undefined ? [] : [{ type: "text", text: body }];
  const groups = plan.kind === "split" ? runsOf(message) : [message.cards.map((_, c) => c)];
  return [...intro, ...groups.map((indexes) => carouselOf(violations, message, indexes))];
}
