/**
 * The LINE message compiler: a channel-neutral message becomes the LINE message objects to send, or the
 * list of every LINE limit it breaks, each with its path in the neutral message. Nothing is truncated.
 */
import {
  err,
  ok,
  type LimitViolation,
  type MessageOf,
  type OutboundMessage,
  type Result,
} from "@switchboard/core";
import { checkRange } from "../limits/check-range.js";
import { checkText, nonBlank } from "./check-text.js";
import { compileCarousel } from "./compile-carousel.js";
import { compileChoices } from "./compile-choices.js";
import { compileCallToAction } from "./compile-cta.js";
import { compileMedia } from "./compile-media.js";
import { DEFAULT_LOCATION_REQUEST_LABEL, type LineCompileOptions } from "./compile-options.js";
import { quickReply } from "./compile-quick-reply.js";
import { ACTION_LABEL_MAX, LOCATION_ADDRESS_MAX, LOCATION_TITLE_MAX, TEXT_MAX } from "./line-limits.js";
import type { LineMessage, LineMessageBatch } from "./line-message-types.js";
import { notAllowed } from "./not-allowed.js";

export type { LineCompileOptions } from "./compile-options.js";

function compileText(violations: LimitViolation[], message: MessageOf<"text">): LineMessage {
  checkText(violations, "text", message.text, { required: true, max: TEXT_MAX });
  return { type: "text", text: message.text };
}

/**
 * LINE requires both `title` and `address` (≤100 each): a missing one is filled from the other, and
 * both from the coordinates when the message names neither.
 */
function compileLocation(violations: LimitViolation[], message: MessageOf<"location">): LineMessage {
  checkRange(violations, "latitude", message.latitude, { platform: "LINE", min: -90, max: 90 });
  checkRange(violations, "longitude", message.longitude, { platform: "LINE", min: -180, max: 180 });
  checkText(violations, "name", message.name, { max: LOCATION_TITLE_MAX, as: "the location title" });
  checkText(violations, "address", message.address, { max: LOCATION_ADDRESS_MAX });
  const name = nonBlank(message.name);
  const address = nonBlank(message.address);
  const coordinates = `${message.latitude}, ${message.longitude}`;
  return {
    type: "location",
    title: name ?? address ?? coordinates,
    address: address ?? name ?? coordinates,
    latitude: message.latitude,
    longitude: message.longitude,
  };
}

/** The body as a text with one quick reply that opens LINE's location picker. */
function compileLocationRequest(
  violations: LimitViolation[],
  message: MessageOf<"location_request">,
  options: LineCompileOptions,
): LineMessage {
  checkText(violations, "body", message.body, { required: true, max: TEXT_MAX });
  const label = options.locationRequestLabel ?? DEFAULT_LOCATION_REQUEST_LABEL;
  checkText(violations, "locationRequestLabel", label, {
    required: true,
    max: ACTION_LABEL_MAX,
    as: "the compile option labelling the location button",
  });
  const items = quickReply(violations, [{ type: "location", label }], "body", "buttons");
  return { type: "text", text: message.body, quickReply: items };
}

const NOT_ON_LINE: Record<
  "contacts" | "reaction" | "product" | "product_list" | "flow" | "template",
  string
> = {
  contacts: "LINE has no contact card message; send the details as text",
  reaction: "a LINE bot cannot react to a message",
  product: "LINE has no catalog products; use a choice with descriptions (a carousel)",
  product_list: "LINE has no catalog products; use a choice with descriptions (a carousel)",
  flow: "WhatsApp Flows do not exist on LINE",
  template:
    "WhatsApp message templates do not exist on LINE; send the message itself (LINE needs no template outside a window)",
};

function compileMessages(
  violations: LimitViolation[],
  message: OutboundMessage,
  options: LineCompileOptions,
): LineMessage[] {
  switch (message.kind) {
    case "text":
      return [compileText(violations, message)];
    case "media":
      return compileMedia(violations, message, options);
    case "location":
      return [compileLocation(violations, message)];
    case "choices":
      return compileChoices(violations, message);
    case "cta_url":
      return [compileCallToAction(violations, message)];
    case "carousel":
      return compileCarousel(violations, message);
    case "location_request":
      return [compileLocationRequest(violations, message, options)];
    case "contacts":
    case "reaction":
    case "product":
    case "product_list":
    case "flow":
    case "template":
      notAllowed(violations, "kind", NOT_ON_LINE[message.kind]);
      return [];
  }
}

/**
 * Pure: the LINE messages one neutral message becomes (one or two: a caption or a carousel's body
 * travels as a text of its own), or every broken limit of PLATFORMS.md D2. Lengths are held in both
 * code points and UTF-16 units, postback data in UTF-8 bytes.
 */
export function compileLineMessage(
  message: OutboundMessage,
  options: LineCompileOptions = {},
): Result<LineMessageBatch, LimitViolation[]> {
  const violations: LimitViolation[] = [];
  const messages = compileMessages(violations, message, options);
  return violations.length === 0 ? ok({ messages }) : err(violations);
}
