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
import { choicesOverCount, compileChoices } from "./compile-choices.js";
import { compileMedia } from "./compile-media.js";
import { notAllowed, unsupportedKind } from "./compile-not-allowed.js";
import type { SendApiMessage } from "./compiled-body.js";
import { MESSENGER_RULES, type MessagingRules } from "./messaging-rules.js";
import { BUTTON_TEMPLATE_TEXT_MAX, BUTTON_TITLE_MAX } from "./messenger-limits.js";

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
    default: {
      const why = UNSUPPORTED[kind] ?? ((p: string) => `cannot be sent on ${p}`);
      unsupportedKind(violations, kind, why(rules.platform));
      return { text: "" };
    }
  }
}

/**
 * Pure: the Send API `message` for `rules.platform` (wrap it with `toSendApiRequest`), or every broken
 * limit. Text, media, choices (button template or quick replies, see `chooseChoicesForm`) and link
 * buttons are sent natively; location, contacts, reactions, location requests, catalog products, Flows and
 * templates are refused with rule `unsupported_kind` on path `kind`.
 */
export function compileSendApiMessage(
  message: OutboundMessage,
  rules: MessagingRules,
): Result<SendApiMessage, LimitViolation[]> {
  const violations: LimitViolation[] = [];
  const body = compileBody(violations, message, rules);
  return violations.length === 0 ? ok(body) : err(violations);
}

/** Pure: the Messenger Send API `message` object, or every broken limit of PLATFORMS.md B2. */
export function compileMessengerMessage(message: OutboundMessage): Result<SendApiMessage, LimitViolation[]> {
  return compileSendApiMessage(message, MESSENGER_RULES);
}
