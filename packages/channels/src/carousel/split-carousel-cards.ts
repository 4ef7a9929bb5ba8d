/**
 * The `split` fallback of a carousel on a channel without a card carousel that fits: one or more plain
 * neutral messages per card (reply buttons, link buttons, an image with its caption, or a text), each
 * with the map that puts its violations back on the card's paths.
 */
import type { CarouselCard, MessageOf, OutboundMessage } from "@switchboard/core";
import { nonBlank } from "../limits/check-length.js";
import type { PathMap } from "../fallback/rewrite-paths.js";

/** One message of the split, and where its fields come from in the carousel. */
export interface CarouselPart {
  message: OutboundMessage;
  paths: PathMap;
}

/** The card as text: title, subtitle and the card's link, one per line. */
export function cardText(card: CarouselCard): string {
  return [card.title, nonBlank(card.subtitle), nonBlank(card.url)]
    .filter((line) => line !== undefined)
    .join("\n");
}

function cardParts(card: CarouselCard, c: number): CarouselPart[] {
  const at = `cards[${c}]`;
  const text = cardText(card);
  const replies = card.buttons.flatMap((button, b) => (button.type === "reply" ? [{ button, b }] : []));
  const links = card.buttons.flatMap((button, b) => (button.type === "url" ? [{ button, b }] : []));
  const image = card.image === undefined ? undefined : { type: "image" as const, source: card.image };
  const parts: CarouselPart[] = [];
  if (replies.length > 0) {
    const options = replies.map(({ button }) => ({ id: button.id, title: button.title }));
    parts.push({
      message: {
        kind: "choices",
        ...(image === undefined ? {} : { header: image }),
        body: text,
        style: "buttons",
        sections: [{ options }],
      },
      paths: [
        ["header.source", `${at}.image`],
        ["header", `${at}.image`],
        ["body", at],
        ["sections[0].options", `${at}.buttons`],
        ...replies.map(({ b }, o) => [`sections[0].options[${o}]`, `${at}.buttons[${b}]`] as const),
      ],
    });
  }
  links.forEach(({ button, b }) => {
    const first = parts.length === 0;
    const header = first && image !== undefined ? { header: image } : {};
    parts.push({
      message: {
        kind: "cta_url",
        ...header,
        body: first ? text : card.title,
        buttonText: button.title,
        url: button.url,
      },
      paths: [
        ["header.source", `${at}.image`],
        ["header", `${at}.image`],
        ["body", first ? at : `${at}.title`],
        ["buttonText", `${at}.buttons[${b}].title`],
        ["url", `${at}.buttons[${b}].url`],
      ],
    });
  });
  if (parts.length > 0) return parts;
  if (card.image !== undefined) {
    return [
      {
        message: { kind: "media", mediaType: "image", source: card.image, caption: text },
        paths: [
          ["source", `${at}.image`],
          ["caption", at],
        ],
      },
    ];
  }
  return [{ message: { kind: "text", text }, paths: [["text", at]] }];
}

/** The body as a text first (when there is one), then each card's messages in order. */
export function splitCarouselCards(message: MessageOf<"carousel">): CarouselPart[] {
  const body = nonBlank(message.body);
  const intro: CarouselPart[] =
    body === undefined ? [] : [{ message: { kind: "text", text: body }, paths: [["text", "body"]] }];
  return [...intro, ...message.cards.flatMap((card, c) => cardParts(card, c))];
}
