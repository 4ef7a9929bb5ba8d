/**
 * The Messenger message compiler: a channel-neutral message becomes the Send API `message` object, or the
 * list of every Messenger limit it breaks, each with its path in the neutral message. Nothing is
 * truncated. Instagram runs the same compiler with its own rules.
 */
import {
  err,
  ok,
  type LimitViolation,
  type MessageOf,
  type OutboundMessage,
  type Result,
} from "@switchboard/core";
import { checkLength, nonBlank } from "../limits/check-length.js";
import { checkHttpUrl } from "../limits/check-url.js";
import { planChoicesFallback } from "../fallback/choices-fallback.js";
import { splitChoices, toOriginalPaths } from "../fallback/split-choices.js";
import { checkUnique } from "../limits/check-unique.js";
import { distinctViolations } from "../limits/distinct-violations.js";
import { compileCarousel } from "./compile-carousel.js";
import { choicesOverCount, compileChoices } from "./compile-choices.js";
import { compileMedia } from "./compile-media.js";
import { notAllowed, unsupportedKind } from "./compile-not-allowed.js";
import type { SendApiMessage } from "./compiled-body.js";
import { MESSENGER_RULES, type MessagingRules } from "./messaging-rules.js";
import { BUTTON_TEMPLATE_TEXT_MAX, BUTTON_TITLE_MAX, BUTTONS_MAX } from "./messenger-limits.js";

/** A link button: a button template whose one `web_url` button opens the URL (B2). */
function compileCallToAction(
  violations: LimitViolation[],
  message: MessageOf<"cta_url">,
  { platform }: MessagingRules,
): SendApiMessage {
  if (message.header !== undefined)
    notAllowed(violations, "header", `${platform} button templates have no header`);
  if (nonBlank(message.footer) !== undefined) {
    notAllowed(violations, "footer", `${platform} button templates have no footer`);
  }
  checkLength(violations, "body", message.body, { platform, required: true, max: BUTTON_TEMPLATE_TEXT_MAX });
  checkLength(violations, "buttonText", message.buttonText, {
    platform,
    required: true,
    max: BUTTON_TITLE_MAX,
  });
  checkHttpUrl(violations, "url", message.url, { platform });
  const button = { type: "web_url" as const, title: message.buttonText, url: message.url };
  return {
    attachment: {
      type: "template",
      payload: { template_type: "button", text: message.body, buttons: [button] },
    },
  };
}

/** Why each neutral kind the Send API cannot carry is refused. */
const UNSUPPORTED: Record<string, (platform: string) => string> = {
  location: (p) =>
    `cannot be sent on ${p}, which has no outgoing location pin; send the address as text or a map link`,
  contacts: (p) => `cannot be sent on ${p}, which has no contact cards; send the details as text`,
  reaction: (p) => `is not supported on ${p}: reactions there are sender actions, not messages`,
  location_request: (p) =>
    `is WhatsApp-only: ${p} has no location request; ask for the address with a question`,
  product: (p) => `needs a WhatsApp catalog; on ${p} show products as cards (generic template)`,
  product_list: (p) => `needs a WhatsApp catalog; on ${p} show products as cards (generic template)`,
  flow: (p) => `is WhatsApp-only (WhatsApp Flows); ${p} cannot show it`,
  template: (p) =>
    `is WhatsApp-only: ${p} has no message templates; outside the 24-hour window only a human agent's reply (HUMAN_AGENT tag) may be sent`,
};

function compileBody(
  violations: LimitViolation[],
  message: OutboundMessage,
  rules: MessagingRules,
): SendApiMessage {
  const kind: string = message.kind;
  switch (message.kind) {
    case "text":
      // `previewUrl` has no Send API counterpart: Messenger decides on link previews itself.
      rules.checkMessageText(violations, "text", message.text);
      return { text: message.text };
    case "media":
      return compileMedia(violations, message, rules);
    case "choices": {
      const plan = planChoicesFallback(violations, message, choicesOverCount(message), rules.platform);
      if (plan.kind === "text") {
        rules.checkMessageText(violations, "text", plan.message.text);
        return { text: plan.message.text };
      }
      if (plan.kind === "refused") return { text: "" };
      return compileChoices(violations, message, rules);
    }
    case "cta_url":
      return compileCallToAction(violations, message, rules);
    case "carousel":
      return onlyOne(violations, compileCarousel(violations, message, rules), rules.platform);
    default: {
      const why = UNSUPPORTED[kind] ?? ((p: string) => `cannot be sent on ${p}`);
      unsupportedKind(violations, kind, why(rules.platform));
      return { text: "" };
    }
  }
}

/** A single-message caller gets the one message, or a `several_messages` violation on `fallback`. */
function onlyOne(violations: LimitViolation[], messages: SendApiMessage[], platform: string): SendApiMessage {
  if (messages.length > 1)
    violations.push({
      path: "fallback",
      rule: "several_messages",
      message: `fallback: this message becomes ${messages.length} ${platform} messages; send it with compileSendApiMessages`,
    });
  return messages[0] ?? { text: "" };
}

/**
 * `split` for a choice with more options than its form holds: button templates of up to 3 postback
 * buttons, each repeating the body. Buttons stay tappable in the thread, where quick replies vanish once
 * a newer message arrives, so every option remains answerable. Ids are unique across all parts.
 */
function splitChoicesParts(
  violations: LimitViolation[],
  message: MessageOf<"choices">,
  rules: MessagingRules,
): SendApiMessage[] {
  const ids = message.sections.flatMap((section, s) =>
    section.options.map((option, o) => ({ path: `sections[${s}].options[${o}].id`, value: option.id })),
  );
  checkUnique(violations, ids, { platform: rules.platform, what: "option ids" });
  return splitChoices(message, { unitSize: 1, unitsPerPart: BUTTONS_MAX }).map((part) => {
    const own: LimitViolation[] = [];
    const compiled = compileChoices(own, { ...part.message, style: "buttons" }, rules);
    for (const violation of own)
      if (violation.rule !== "unique") violations.push(toOriginalPaths(violation, part));
    return compiled;
  });
}

/**
 * Pure: the Send API `message` objects one neutral message becomes, in order, each sent on its own: one,
 * or several for a carousel with a body (the text, then the cards) and for a choice whose `split`
 * fallback applies. Or every broken limit, each with its neutral path.
 */
export function compileSendApiMessages(
  message: OutboundMessage,
  rules: MessagingRules,
): Result<SendApiMessage[], LimitViolation[]> {
  const violations: LimitViolation[] = [];
  let messages: SendApiMessage[];
  if (message.kind === "carousel") messages = compileCarousel(violations, message, rules);
  else if (message.kind === "choices" && message.fallback === "split" && choicesOverCount(message))
    messages = splitChoicesParts(violations, message, rules);
  else messages = [compileBody(violations, message, rules)];
  return violations.length === 0 ? ok(messages) : err(distinctViolations(violations));
}

/**
 * Pure: the Send API `message` for `rules.platform` (wrap it with `toSendApiRequest`), or every broken
 * limit. Text, media, choices (button template or quick replies, see `chooseChoicesForm`), link buttons
 * and carousels (generic template) are sent natively; location, contacts, reactions, location requests,
 * catalog products, Flows and templates are refused with rule `unsupported_kind` on path `kind`. A message
 * that becomes several (see `compileSendApiMessages`) is a `several_messages` violation.
 */
export function compileSendApiMessage(
  message: OutboundMessage,
  rules: MessagingRules,
): Result<SendApiMessage, LimitViolation[]> {
  const compiled = compileSendApiMessages(message, rules);
  if (!compiled.ok) return compiled;
  const violations: LimitViolation[] = [];
  const body = onlyOne(violations, compiled.value, rules.platform);
  return violations.length === 0 ? ok(body) : err(violations);
}

/** Pure: the Messenger Send API `message` object, or every broken limit of PLATFORMS.md B2. */
export function compileMessengerMessage(message: OutboundMessage): Result<SendApiMessage, LimitViolation[]> {
  return compileSendApiMessage(message, MESSENGER_RULES);
}

/** Pure: the Messenger Send API `message` objects, in order (see `compileSendApiMessages`). */
export function compileMessengerMessages(
  message: OutboundMessage,
): Result<SendApiMessage[], LimitViolation[]> {
  return compileSendApiMessages(message, MESSENGER_RULES);
}
