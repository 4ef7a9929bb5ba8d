/**
 * The web chat compiler: a channel-neutral message becomes the JSON the widget renders, or every limit it
 * breaks with its path. Every neutral kind has a form in the widget; nothing is truncated.
 */
import { err, ok } from "@switchboard/core";
import type { LimitViolation, MessageOf, OutboundMessage, Result } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkRange } from "../limits/check-range.js";
import { compileCarousel } from "./compile-carousel.js";
import { compileCallToAction, compileChoices } from "./compile-choices.js";
import { compileFlow, compileProduct, compileProductList, compileTemplate } from "./compile-cards.js";
import { checkText, mediaUrl, optional } from "./compile-parts.js";
import { CAPTION_MAX, CONTACTS_MAX, TEXT_MAX, TITLE_MAX, WEBCHAT } from "./webchat-limits.js";
import type { WebchatMessage, WebchatPayload } from "./webchat-message.js";

function compileMedia(violations: LimitViolation[], message: MessageOf<"media">): WebchatMessage {
  const url = mediaUrl(violations, "source", message.source);
  checkText(violations, "caption", message.caption, CAPTION_MAX);
  checkText(violations, "filename", message.filename, 255);
  return {
    type: "media",
    mediaType: message.mediaType,
    url,
    ...optional("caption", message.caption),
    ...optional("filename", message.filename),
  };
}

function compileLocation(violations: LimitViolation[], message: MessageOf<"location">): WebchatMessage {
  checkRange(violations, "latitude", message.latitude, { platform: WEBCHAT, min: -90, max: 90 });
  checkRange(violations, "longitude", message.longitude, { platform: WEBCHAT, min: -180, max: 180 });
  checkText(violations, "name", message.name, TITLE_MAX * 2);
  checkText(violations, "address", message.address, TITLE_MAX * 4);
  return {
    type: "location",
    latitude: message.latitude,
    longitude: message.longitude,
    ...optional("name", message.name),
    ...optional("address", message.address),
    mapUrl: `https://www.openstreetmap.org/?mlat=${message.latitude}&mlon=${message.longitude}#map=17/${message.latitude}/${message.longitude}`,
  };
}

function compileContacts(violations: LimitViolation[], message: MessageOf<"contacts">): WebchatMessage {
  checkCount(violations, "contacts", message.contacts.length, {
    platform: WEBCHAT,
    min: 1,
    max: CONTACTS_MAX,
  });
  message.contacts.forEach((card, c) =>
    checkText(violations, `contacts[${c}].formattedName`, card.formattedName, TITLE_MAX * 2, true),
  );
  return {
    type: "contacts",
    contacts: message.contacts.map((card) => ({
      name: card.formattedName,
      phones: (card.phones ?? []).map((p) => p.phone),
      emails: (card.emails ?? []).map((e) => e.email),
    })),
  };
}

function compileOne(violations: LimitViolation[], message: OutboundMessage): WebchatMessage {
  switch (message.kind) {
    case "text":
      checkText(violations, "text", message.text, TEXT_MAX, true);
      return { type: "text", text: message.text };
    case "media":
      return compileMedia(violations, message);
    case "location":
      return compileLocation(violations, message);
    case "contacts":
      return compileContacts(violations, message);
    case "reaction":
      checkText(violations, "targetMessageId", message.targetMessageId, 200, true);
      return { type: "reaction", targetMessageId: message.targetMessageId, emoji: message.emoji };
    case "choices":
      return compileChoices(violations, message);
    case "cta_url":
      return compileCallToAction(violations, message);
    case "carousel":
      return compileCarousel(violations, message);
    case "location_request":
      checkText(violations, "body", message.body, TEXT_MAX, true);
      return { type: "location_request", body: message.body };
    case "product":
      return compileProduct(violations, message);
    case "product_list":
      return compileProductList(violations, message);
    case "flow":
      return compileFlow(violations, message);
    case "template":
      return compileTemplate(violations, message);
  }
}

/** Pure: the widget's payload for `message`, or every web chat limit it breaks. */
export function compileWebchatMessage(message: OutboundMessage): Result<WebchatPayload, LimitViolation[]> {
  const violations: LimitViolation[] = [];
  const compiled = compileOne(violations, message);
  return violations.length > 0 ? err(violations) : ok({ message: compiled });
}
