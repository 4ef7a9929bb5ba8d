/**
 * Compiles a neutral choice into the LINE form that shows it: a confirm or buttons template, quick
 * replies under a text, a carousel template, or a Flex message with one button per option.
 */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { planChoicesFallback } from "../fallback/choices-fallback.js";
import { checkUnique } from "../limits/check-unique.js";
import { checkText, nonBlank } from "./check-text.js";
import { compileChoiceItems, optionsPath, type ChoiceItem } from "./compile-choice-items.js";
import { compileFlexChoices } from "./compile-flex-choices.js";
import { quickReply } from "./compile-quick-reply.js";
import { compileTemplateHeader } from "./compile-template-header.js";
import {
  buttonsTemplateMessage,
  carouselTemplateMessage,
  confirmTemplateMessage,
} from "./compile-templates.js";
import {
  BUTTONS_ACTIONS_MAX,
  CAROUSEL_COLUMNS_MAX,
  CONFIRM_ACTIONS,
  FLEX_BUBBLES_MAX,
  FLEX_OPTIONS_PER_BUBBLE,
  QUICK_REPLY_ITEMS_MAX,
  TEXT_MAX,
} from "./line-limits.js";
import type { LineMessage } from "./line-message-types.js";
import { notAllowed } from "./not-allowed.js";
import { splitChoices, toOriginalPaths } from "../fallback/split-choices.js";

type Choices = MessageOf<"choices">;
export type LineChoiceForm = "confirm" | "buttons" | "quick_reply" | "carousel" | "flex";

/**
 * `buttons` → a buttons template; `list` → Flex. `auto` (the default) picks the first form that shows everything: plain options (no descriptions, section
 * titles or footer) → a confirm template for 2 without a header, a buttons template for up to 4, quick
 * replies under the body for up to 13 without a header; options that all have descriptions, in one
 * untitled section without header or footer → a carousel template for up to 10; anything else → Flex.
 */
export function chooseLineChoiceForm(message: Choices): LineChoiceForm {
  if (message.style === "buttons") return "buttons";
  if (message.style === "list") return "flex";
  const options = message.sections.flatMap((section) => section.options);
  const count = options.length;
  const titled = message.sections.some((section) => nonBlank(section.title) !== undefined);
  const footer = nonBlank(message.footer) !== undefined;
  const described = options.filter((option) => nonBlank(option.description) !== undefined).length;
  if (count === 0) return "buttons";
  if (described === 0 && !titled && !footer) {
    if (count === CONFIRM_ACTIONS && message.header === undefined) return "confirm";
    if (count <= BUTTONS_ACTIONS_MAX) return "buttons";
    if (count <= QUICK_REPLY_ITEMS_MAX && message.header === undefined) return "quick_reply";
  }
  const cards =
    described === count &&
    !titled &&
    !footer &&
    message.header === undefined &&
    message.sections.length === 1;
  if (cards && count <= CAROUSEL_COLUMNS_MAX) return "carousel";
  return "flex";
}

/** Options of a section per Flex bubble, in bubbles; a buttons template holds one option per action. */
function bubblesNeeded(message: Choices): number {
  return message.sections.reduce(
    (sum, section) => sum + Math.ceil(section.options.length / FLEX_OPTIONS_PER_BUBBLE),
    0,
  );
}

/**
 * True when the chosen form cannot hold this many options: more than 4 for a buttons template, more
 * Flex bubbles than a carousel takes. `auto` only picks the other forms when they fit.
 */
export function choicesOverCount(message: Choices): boolean {
  const form = chooseLineChoiceForm(message);
  if (form === "buttons") return optionsIn(message) > BUTTONS_ACTIONS_MAX;
  if (form === "flex") return bubblesNeeded(message) > FLEX_BUBBLES_MAX;
  return false;
}

function optionsIn(message: Choices): number {
  return message.sections.reduce((sum, section) => sum + section.options.length, 0);
}

/**
 * `split`: several messages of the chosen form (buttons templates of up to 4 options, Flex carousels of
 * up to 12 bubbles), each repeating the body; the header opens the first and the footer closes the last.
 * Option ids must be unique across all parts; violations name paths in the original message.
 */
function compileSplit(violations: LimitViolation[], message: Choices): LineMessage[] {
  const form = chooseLineChoiceForm(message);
  const style = form === "buttons" ? "buttons" : "list";
  const capacity =
    form === "buttons"
      ? { unitSize: 1, unitsPerPart: BUTTONS_ACTIONS_MAX }
      : { unitSize: FLEX_OPTIONS_PER_BUBBLE, unitsPerPart: FLEX_BUBBLES_MAX };
  const ids = message.sections.flatMap((section, s) =>
    section.options.map((option, o) => ({ path: `sections[${s}].options[${o}].id`, value: option.id })),
  );
  checkUnique(violations, ids, { platform: "LINE", what: "option ids" });
  return splitChoices(message, capacity).flatMap((part) => {
    const own: LimitViolation[] = [];
    const messages = compileForm(own, { ...part.message, style });
    for (const violation of own) {
      if (violation.rule !== "unique") violations.push(toOriginalPaths(violation, part));
    }
    return messages;
  });
}

/**
 * The chosen form (see `chooseLineChoiceForm`); what it cannot show comes back as violations. When the
 * form cannot hold this many options, the message's `fallback` decides: `refuse` (default) reports the
 * count, `numbered_text` sends one text (≤5000) with a numbered line per option, `split` several messages.
 */
export function compileChoices(violations: LimitViolation[], message: Choices): LineMessage[] {
  const overCount = choicesOverCount(message);
  if (overCount && message.fallback === "split") return compileSplit(violations, message);
  const plan = planChoicesFallback(violations, message, overCount, "LINE");
  if (plan.kind === "text") {
    checkText(violations, "text", plan.message.text, { required: true, max: TEXT_MAX });
    return [{ type: "text", text: plan.message.text }];
  }
  return compileForm(violations, message);
}

function compileForm(violations: LimitViolation[], message: Choices): LineMessage[] {
  switch (chooseLineChoiceForm(message)) {
    case "confirm":
      return [compileConfirm(violations, message)];
    case "buttons":
      return [compileButtons(violations, message)];
    case "quick_reply":
      return [compileQuickReplies(violations, message)];
    case "carousel":
      return compileCarousel(violations, message);
    case "flex":
      return [compileFlexChoices(violations, message)];
  }
}

function actionsOf(message: Choices, items: ChoiceItem[]) {
  return { actions: items.map((item) => item.action), path: optionsPath(message.sections), unit: "options" };
}

/** A buttons template cannot show section titles, descriptions or a footer: each is refused. */
function compileButtons(violations: LimitViolation[], message: Choices): LineMessage {
  const header = compileTemplateHeader(violations, message.header);
  const hint = 'a LINE buttons template cannot show it; use style "list" (a Flex message)';
  if (nonBlank(message.footer) !== undefined) notAllowed(violations, "footer", hint);
  message.sections.forEach((section, s) => {
    if (nonBlank(section.title) !== undefined) notAllowed(violations, `sections[${s}].title`, hint);
    section.options.forEach((option, o) => {
      if (nonBlank(option.description) !== undefined) {
        notAllowed(violations, `sections[${s}].options[${o}].description`, hint);
      }
    });
  });
  const items = compileChoiceItems(violations, message.sections);
  return buttonsTemplateMessage(violations, header, message.body, actionsOf(message, items));
}

function compileConfirm(violations: LimitViolation[], message: Choices): LineMessage {
  const items = compileChoiceItems(violations, message.sections);
  return confirmTemplateMessage(violations, message.body, actionsOf(message, items));
}

/** The body as a text message (≤5000) with one quick reply per option. */
function compileQuickReplies(violations: LimitViolation[], message: Choices): LineMessage {
  checkText(violations, "body", message.body, { required: true, max: TEXT_MAX });
  const items = compileChoiceItems(violations, message.sections);
  const { actions, path, unit } = actionsOf(message, items);
  return { type: "text", text: message.body, quickReply: quickReply(violations, actions, path, unit) };
}

/**
 * One column per option (title, description, one button); the body goes first as a text, since a
 * carousel shows no text of its own, and is also the carousel's `altText`.
 */
function compileCarousel(violations: LimitViolation[], message: Choices): LineMessage[] {
  const items = compileChoiceItems(violations, message.sections);
  const columns = items.map((item) => ({
    path: item.path,
    titlePath: `${item.path}.title`,
    textPath: `${item.path}.description`,
    column: { title: item.title, text: item.description ?? "", actions: [item.action] },
  }));
  const carousel = carouselTemplateMessage(violations, message.body, columns, optionsPath(message.sections));
  return [{ type: "text", text: message.body }, carousel];
}
