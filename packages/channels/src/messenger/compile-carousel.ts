/**
 * A neutral carousel on Messenger and Instagram: a generic template of 1–10 elements (PLATFORMS.md B2,
 * Part C), reply buttons as postback buttons whose payload is the button id. The template has no text of
 * its own, so a body goes first as a text message. Instagram's web client does not show generic
 * templates (Part C); its apps do.
 */
import type { CarouselCard, LimitViolation, MessageOf } from "@switchboard/core";
import { checkCarousel } from "../carousel/check-carousel.js";
import { rewritePaths, type PathMap } from "../fallback/rewrite-paths.js";
import { nonBlank } from "../limits/check-length.js";
import { compileGenericTemplate, type Card } from "./compile-generic-template.js";
import type { SendApiMessage } from "./compiled-body.js";
import type { MessagingRules } from "./messaging-rules.js";
import { PAYLOAD_MAX } from "./messenger-limits.js";

function toCard(violations: LimitViolation[], card: CarouselCard, c: number, platform: string): Card {
  const image = card.image;
  if (image !== undefined && "mediaId" in image) {
    violations.push({
      path: `cards[${c}].image.mediaId`,
      rule: "not_allowed",
      message: `cards[${c}].image.mediaId: ${platform} generic templates show images by URL only; give the image a URL`,
    });
  }
  const buttons = card.buttons.map((button) =>
    button.type === "reply"
      ? { kind: "postback" as const, title: button.title, payload: button.id }
      : { kind: "url" as const, title: button.title, url: button.url },
  );
  return {
    title: card.title,
    ...(card.subtitle === undefined ? {} : { subtitle: card.subtitle }),
    ...(image !== undefined && "url" in image ? { imageUrl: image.url } : {}),
    ...(card.url === undefined ? {} : { url: card.url }),
    buttons,
  };
}

/** The generic template's own paths (`imageUrl`, `payload`) named as the neutral card's fields. */
function neutralPaths(message: MessageOf<"carousel">): PathMap {
  return message.cards.flatMap((card, c) => [
    [`cards[${c}].imageUrl`, `cards[${c}].image.url`] as const,
    ...card.buttons.map(
      (_, b) => [`cards[${c}].buttons[${b}].payload`, `cards[${c}].buttons[${b}].id`] as const,
    ),
  ]);
}

/** The body as a text (when there is one), then the generic template; every broken limit with its path. */
export function compileCarousel(
  violations: LimitViolation[],
  message: MessageOf<"carousel">,
  rules: MessagingRules,
): SendApiMessage[] {
  const { platform } = rules;
  checkCarousel(violations, message, platform, { idMax: PAYLOAD_MAX });
  const own: LimitViolation[] = [];
  const cards = message.cards.map((card, c) => toCard(violations, card, c, platform));
  const template = compileGenericTemplate(own, "cards", cards, platform);
  const paths = neutralPaths(message);
  violations.push(...own.map((violation) => rewritePaths(violation, paths)));
  const body = nonBlank(message.body);
  if (body === undefined) return [template];
  rules.checkMessageText(violations, "body", body);
  return [{ text: body }, template];
}
