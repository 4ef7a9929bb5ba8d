/**
 * The WhatsApp message compiler: a channel-neutral message becomes the Cloud API payload, or the list of
 * every WhatsApp limit it breaks, each with its path in the neutral message. Nothing is truncated.
 */
import {
  err,
  ok,
  type LimitViolation,
  type MessageOf,
  type OutboundMessage,
  type Result,
} from "@switchboard/core";
import { checkId } from "../limits/check-id.js";
import { checkRange } from "../limits/check-range.js";
import { planChoicesFallback } from "../fallback/choices-fallback.js";
import { checkEmoji } from "./check-emoji.js";
import { choicesOverCount } from "./compile-choices.js";
import { checkText, nonBlank } from "./check-text.js";
import { compileContacts } from "./compile-contacts.js";
import { compileInteractive } from "./compile-interactive.js";
import { compileMedia } from "./compile-media.js";
import { compileTemplate } from "./compile-template.js";
import type { WhatsAppMessageBody } from "./compiled-body.js";
import { TEXT_BODY_MAX } from "./whatsapp-limits.js";

export type { WhatsAppMessageBody } from "./compiled-body.js";
export { toWhatsAppRequest, type WhatsAppRequestOptions } from "./compile-request.js";

function compileText(violations: LimitViolation[], message: MessageOf<"text">): WhatsAppMessageBody {
  checkText(violations, "text", message.text, { required: true, max: TEXT_BODY_MAX });
  const previewUrl = message.previewUrl === undefined ? {} : { preview_url: message.previewUrl };
  return { type: "text", text: { body: message.text, ...previewUrl } };
}

function compileLocation(violations: LimitViolation[], message: MessageOf<"location">): WhatsAppMessageBody {
  checkRange(violations, "latitude", message.latitude, { platform: "WhatsApp", min: -90, max: 90 });
  checkRange(violations, "longitude", message.longitude, { platform: "WhatsApp", min: -180, max: 180 });
  const name = nonBlank(message.name);
  const address = nonBlank(message.address);
  const location = {
    latitude: message.latitude,
    longitude: message.longitude,
    ...(name === undefined ? {} : { name }),
    ...(address === undefined ? {} : { address }),
  };
  return { type: "location", location };
}

/** An empty emoji removes the reaction (A2). */
function compileReaction(violations: LimitViolation[], message: MessageOf<"reaction">): WhatsAppMessageBody {
  checkId(violations, "targetMessageId", message.targetMessageId, { platform: "WhatsApp" });
  checkEmoji(violations, "emoji", message.emoji, "single");
  return { type: "reaction", reaction: { message_id: message.targetMessageId, emoji: message.emoji } };
}

function compileBody(violations: LimitViolation[], message: OutboundMessage): WhatsAppMessageBody {
  switch (message.kind) {
    case "text":
      return compileText(violations, message);
    case "media":
      return compileMedia(violations, message);
    case "location":
      return compileLocation(violations, message);
    case "contacts":
      return compileContacts(violations, message);
    case "reaction":
      return compileReaction(violations, message);
    case "template":
      return { type: "template", template: compileTemplate(violations, message) };
    case "choices": {
      const plan = planChoicesFallback(violations, message, choicesOverCount(message), "WhatsApp");
      if (plan.kind === "text") return compileText(violations, plan.message);
      if (plan.kind === "refused") return { type: "text", text: { body: "" } };
      return { type: "interactive", interactive: compileInteractive(violations, message) };
    }
    case "cta_url":
    case "location_request":
    case "product":
    case "product_list":
    case "flow":
      return { type: "interactive", interactive: compileInteractive(violations, message) };
  }
}

/**
 * Pure: the type-specific part of a WhatsApp send request (wrap it with `toWhatsAppRequest`), or every
 * broken limit of PLATFORMS.md A2, A3 and A5.5. Lengths are held in both code points and UTF-16 units.
 */
export function compileWhatsAppMessage(
  message: OutboundMessage,
): Result<WhatsAppMessageBody, LimitViolation[]> {
  const violations: LimitViolation[] = [];
  const body = compileBody(violations, message);
  return violations.length === 0 ? ok(body) : err(violations);
}
