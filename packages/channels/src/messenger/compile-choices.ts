/**
 * Compiles a neutral choice for Messenger or Instagram: a button template (≤3 postback buttons) or a text
 * with quick replies (≤13), each option's id as the payload that comes back when it is tapped.
 */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkId } from "../limits/check-id.js";
import { checkLength, nonBlank } from "../limits/check-length.js";
import { checkUnique, type UniqueEntry } from "../limits/check-unique.js";
import { notAllowed } from "./compile-not-allowed.js";
import type { SendApiMessage } from "./compiled-body.js";
import type { MessagingRules } from "./messaging-rules.js";
import {
  BUTTON_TEMPLATE_TEXT_MAX,
  BUTTON_TITLE_MAX,
  BUTTONS_MAX,
  BUTTONS_MIN,
  PAYLOAD_MAX,
  QUICK_REPLIES_MAX,
  QUICK_REPLIES_MIN,
  QUICK_REPLY_TITLE_MAX,
} from "./messenger-limits.js";

type Choices = MessageOf<"choices">;

/** The native form of a choice on Messenger and Instagram. */
export type ChoicesForm = "button_template" | "quick_replies";

/**
 * The form follows `style`: `buttons` → button template, `list` → quick replies, and `auto` → a button
 * template for up to 3 options, quick replies for 4 to 13; more than the form holds are refused
 * (`max_items`), never cut, unless the message's `fallback` says otherwise (see `choicesOverCount`).
 */
export function chooseChoicesForm(message: Choices): ChoicesForm {
  if (message.style === "buttons") return "button_template";
  if (message.style === "list") return "quick_replies";
  const count = message.sections.reduce((sum, section) => sum + section.options.length, 0);
  return count <= BUTTONS_MAX ? "button_template" : "quick_replies";
}

interface Option {
  path: string;
  id: string;
  title: string;
}

/**
 * The options of every section in order. Section titles, descriptions, a header and a footer have no
 * place in either form: each is a `not_allowed` violation rather than something dropped. The list
 * button label is not shown on these platforms and is ignored.
 */
function optionsOf(violations: LimitViolation[], message: Choices, form: string, platform: string): Option[] {
  const lacks = (what: string) => `${platform} ${form} have no ${what}; remove it for ${platform}`;
  if (message.header !== undefined) notAllowed(violations, "header", lacks("header"));
  if (nonBlank(message.footer) !== undefined) notAllowed(violations, "footer", lacks("footer"));
  const options: Option[] = [];
  message.sections.forEach((section, s) => {
    if (nonBlank(section.title) !== undefined)
      notAllowed(violations, `sections[${s}].title`, lacks("section titles"));
    section.options.forEach((option, o) => {
      const path = `sections[${s}].options[${o}]`;
      if (nonBlank(option.description) !== undefined) {
        notAllowed(violations, `${path}.description`, lacks("option descriptions"));
      }
      options.push({ path, id: option.id, title: option.title });
    });
  });
  return options;
}

/** Counts options on `sections[0].options` for one section, or across `sections` for several. */
function checkOptionCount(
  violations: LimitViolation[],
  message: Choices,
  min: number,
  max: number,
  platform: string,
) {
  const [only] = message.sections;
  if (message.sections.length === 1 && only !== undefined) {
    checkCount(violations, "sections[0].options", only.options.length, { platform, min, max });
    return;
  }
  const total = message.sections.reduce((sum, section) => sum + section.options.length, 0);
  checkCount(violations, "sections", total, {
    platform,
    min,
    max,
    scope: "in total across all sections",
    maxRule: "max_total_items",
  });
}

/** Ids are payloads: required, no surrounding spaces, ≤1000, unique so a tap maps back to one option. */
function checkOptions(
  violations: LimitViolation[],
  options: Option[],
  titleMax: number,
  platform: string,
): void {
  const ids: UniqueEntry[] = [];
  for (const option of options) {
    checkId(violations, `${option.path}.id`, option.id, { platform, max: PAYLOAD_MAX });
    checkLength(violations, `${option.path}.title`, option.title, {
      platform,
      required: true,
      max: titleMax,
    });
    ids.push({ path: `${option.path}.id`, value: option.id });
  }
  checkUnique(violations, ids, { platform, what: "option ids" });
}

/** Button template: body ≤640, 1–3 postback buttons with titles ≤20 (PLATFORMS.md B2). */
function compileButtonTemplate(
  violations: LimitViolation[],
  message: Choices,
  rules: MessagingRules,
): SendApiMessage {
  const { platform } = rules;
  const options = optionsOf(violations, message, "button templates", platform);
  checkLength(violations, "body", message.body, { platform, required: true, max: BUTTON_TEMPLATE_TEXT_MAX });
  checkOptionCount(violations, message, BUTTONS_MIN, BUTTONS_MAX, platform);
  checkOptions(violations, options, BUTTON_TITLE_MAX, platform);
  const buttons = options.map((o) => ({ type: "postback" as const, title: o.title, payload: o.id }));
  return {
    attachment: { type: "template", payload: { template_type: "button", text: message.body, buttons } },
  };
}

/** Quick replies: the body as the message text, 1–13 text quick replies with titles ≤20 (B2, Part C). */
function compileQuickReplies(
  violations: LimitViolation[],
  message: Choices,
  rules: MessagingRules,
): SendApiMessage {
  const { platform } = rules;
  const options = optionsOf(violations, message, "quick replies", platform);
  rules.checkMessageText(violations, "body", message.body);
  checkOptionCount(violations, message, QUICK_REPLIES_MIN, QUICK_REPLIES_MAX, platform);
  checkOptions(violations, options, QUICK_REPLY_TITLE_MAX, platform);
  const quickReplies = options.map((o) => ({ content_type: "text" as const, title: o.title, payload: o.id }));
  return { text: message.body, quick_replies: quickReplies };
}

/** Every limit of the chosen form is checked; nothing is truncated or de-duplicated. */
export function compileChoices(
  violations: LimitViolation[],
  message: Choices,
  rules: MessagingRules,
): SendApiMessage {
  return chooseChoicesForm(message) === "button_template"
    ? compileButtonTemplate(violations, message, rules)
    : compileQuickReplies(violations, message, rules);
}

/** True when the chosen form cannot hold this many options: the trigger for the message's `fallback`. */
export function choicesOverCount(message: Choices): boolean {
  const count = message.sections.reduce((sum, section) => sum + section.options.length, 0);
  return count > (chooseChoicesForm(message) === "button_template" ? BUTTONS_MAX : QUICK_REPLIES_MAX);
}
