/** Choices and calls to action for the widget: buttons inline, a list in a sheet, a link button. */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkLength } from "../limits/check-length.js";
import { checkUnique } from "../limits/check-unique.js";
import { checkHttpUrl } from "../limits/check-url.js";
import { checkText, compileHeader, optional } from "./compile-parts.js";
import {
  BUTTON_TEXT_MAX,
  BUTTONS_MAX,
  DESCRIPTION_MAX,
  FOOTER_MAX,
  HEADER_TEXT_MAX,
  OPTION_ID_MAX,
  OPTIONS_MAX,
  SECTIONS_MAX,
  TEXT_MAX,
  TITLE_MAX,
  URL_MAX,
  WEBCHAT,
} from "./webchat-limits.js";
import type { WebchatMessage } from "./webchat-message.js";

export function compileChoices(violations: LimitViolation[], message: MessageOf<"choices">): WebchatMessage {
  const header = compileHeader(violations, message.header, HEADER_TEXT_MAX);
  checkText(violations, "body", message.body, TEXT_MAX, true);
  checkText(violations, "footer", message.footer, FOOTER_MAX);
  checkText(violations, "listButton", message.listButton, BUTTON_TEXT_MAX);
  checkCount(violations, "sections", message.sections.length, {
    platform: WEBCHAT,
    min: 1,
    max: SECTIONS_MAX,
  });
  const options = message.sections.flatMap((section, s) =>
    section.options.map((option, o) => ({ option, path: `sections[${s}].options[${o}]` })),
  );
  checkCount(violations, "sections", options.length, {
    platform: WEBCHAT,
    min: 1,
    max: OPTIONS_MAX,
    unit: "options",
    scope: "in total across all sections",
    maxRule: "max_total_items",
  });
  message.sections.forEach((section, s) =>
    checkText(violations, `sections[${s}].title`, section.title, TITLE_MAX),
  );
  for (const { option, path } of options) {
    checkLength(violations, `${path}.id`, option.id, {
      platform: WEBCHAT,
      max: OPTION_ID_MAX,
      required: true,
    });
    checkText(violations, `${path}.title`, option.title, TITLE_MAX, true);
    checkText(violations, `${path}.description`, option.description, DESCRIPTION_MAX);
  }
  checkUnique(
    violations,
    options.map(({ option, path }) => ({ path: `${path}.id`, value: option.id })),
    { platform: WEBCHAT, what: "option ids" },
  );
  const inline = message.style === "buttons" || (message.style === "auto" && options.length <= BUTTONS_MAX);
  if (message.style === "buttons")
    checkCount(violations, "sections", options.length, {
      platform: WEBCHAT,
      max: BUTTONS_MAX,
      unit: "options",
      scope: "as buttons",
      maxRule: "max_total_items",
    });
  return {
    type: "choices",
    style: inline ? "buttons" : "list",
    ...(header === undefined ? {} : { header }),
    body: message.body,
    ...optional("footer", message.footer),
    ...optional("listButton", message.listButton),
    sections: message.sections.map((section) => ({
      ...optional("title", section.title),
      options: section.options.map((option) => ({
        id: option.id,
        title: option.title,
        ...optional("description", option.description),
      })),
    })),
  };
}

export function compileCallToAction(
  violations: LimitViolation[],
  message: MessageOf<"cta_url">,
): WebchatMessage {
  const header = compileHeader(violations, message.header, HEADER_TEXT_MAX);
  checkText(violations, "body", message.body, TEXT_MAX, true);
  checkText(violations, "footer", message.footer, FOOTER_MAX);
  checkText(violations, "buttonText", message.buttonText, BUTTON_TEXT_MAX, true);
  checkHttpUrl(violations, "url", message.url, { platform: WEBCHAT, max: URL_MAX });
  return {
    type: "cta",
    ...(header === undefined ? {} : { header }),
    body: message.body,
    ...optional("footer", message.footer),
    buttonText: message.buttonText,
    url: message.url,
  };
}
