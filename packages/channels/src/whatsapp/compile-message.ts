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
import { splitChoices, toOriginalPaths } from "../fallback/split-choices.js";
import { checkUnique } from "../limits/check-unique.js";
import { distinctViolations } from "../limits/distinct-violations.js";
import { checkEmoji } from "./check-emoji.js";
import { compileCarousel } from "./compile-carousel.js";
import { chooseChoicesStyle, choicesOverCount } from "./compile-choices.js";
import { checkText, nonBlank } from "./check-text.js";
import { compileContacts } from "./compile-contacts.js";
import { compileInteractive } from "./compile-interactive.js";
import { compileMedia } from "./compile-media.js";
import { compileTemplate } from "./compile-template.js";
import type { WhatsAppMessageBody } from "./compiled-body.js";
import { LIST_ROWS_TOTAL_MAX, REPLY_BUTTONS_MAX, TEXT_BODY_MAX } from "./whatsapp-limits.js";

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
    case "carousel":
      return onlyOne(violations, compileCarousel(violations, message, compileBody));
    case "cta_url":
    case "location_request":
    case "product":
    case "product_list":
    case "flow":
      return { type: "interactive", interactive: compileInteractive(violations, message) };
  }
}

/** A single-message caller gets the one message, or a `several_messages` violation on `fallback`. */
function onlyOne(violations: LimitViolation[], bodies: WhatsAppMessageBody[]): WhatsAppMessageBody {
  const [first] = bodies;
  if (bodies.length > 1)
    violations.push({
      path: "fallback",
      rule: "several_messages",
      message: `fallback: this message becomes ${bodies.length} WhatsApp messages; send it with compileWhatsAppMessages`,
    });
  return first ?? { type: "text", text: { body: "" } };
}

/**
 * `split` for a choice with more options than its form holds: reply buttons of up to 3 or lists of up to
 * 10 rows, each repeating the body; ids unique across all parts, paths in the original message.
 */
function splitChoicesParts(
  violations: LimitViolation[],
  message: MessageOf<"choices">,
): WhatsAppMessageBody[] {
  const style = chooseChoicesStyle(message);
  const perPart = style === "buttons" ? REPLY_BUTTONS_MAX : LIST_ROWS_TOTAL_MAX;
  const ids = message.sections.flatMap((section, s) =>
    section.options.map((option, o) => ({ path: `sections[${s}].options[${o}].id`, value: option.id })),
  );
  checkUnique(violations, ids, { platform: "WhatsApp", what: "option ids" });
  return splitChoices(message, { unitSize: 1, unitsPerPart: perPart }).map((part) => {
    const own: LimitViolation[] = [];
    const interactive = compileInteractive(own, { ...part.message, style });
    for (const violation of own)
      if (violation.rule !== "unique") violations.push(toOriginalPaths(violation, part));
    return { type: "interactive", interactive };
  });
}

/**
 * Pure: the WhatsApp messages one neutral message becomes, in order (each wrapped with
 * `toWhatsAppRequest` and sent on its own): one, or several when the author's `split` fallback applies to
 * a choice or a carousel. Or every broken limit of PLATFORMS.md A2, A3 and A5.5, with its neutral path.
 */
export function compileWhatsAppMessages(
  message: OutboundMessage,
): Result<WhatsAppMessageBody[], LimitViolation[]> {
  const violations: LimitViolation[] = [];
  let bodies: WhatsAppMessageBody[];
  if (message.kind === "carousel") bodies = compileCarousel(violations, message, compileBody);
  else if (message.kind === "choices" && message.fallback === "split" && choicesOverCount(message))
    bodies = splitChoicesParts(violations, message);
  else bodies = [compileBody(violations, message)];
  return violations.length === 0 ? ok(bodies) : err(distinctViolations(violations));
}

/**
 * Pure: the type-specific part of a WhatsApp send request (wrap it with `toWhatsAppRequest`), or every
 * broken limit of PLATFORMS.md A2, A3 and A5.5. Lengths are held in both code points and UTF-16 units.
 * A message that becomes several (see `compileWhatsAppMessages`) is a `several_messages` violation.
 */
export function compileWhatsAppMessage(
  message: OutboundMessage,
): Result<WhatsAppMessageBody, LimitViolation[]> {
  const compiled = compileWhatsAppMessages(message);
  if (!compiled.ok) return compiled;
  const violations: LimitViolation[] = [];
  const body = onlyOne(violations, compiled.value);
  return violations.length === 0 ? ok(body) : err(violations);
}
