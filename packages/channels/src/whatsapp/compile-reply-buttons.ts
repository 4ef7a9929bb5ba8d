/** Compiles a neutral choice into WhatsApp reply buttons (interactive `button`, A3.1). */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkId } from "../limits/check-id.js";
import { checkUnique, type UniqueEntry } from "../limits/check-unique.js";
import { checkText, nonBlank } from "./check-text.js";
import { compileFooter } from "./compile-footer.js";
import { compileHeader } from "./compile-header.js";
import type { WhatsAppInteractive, WhatsAppReplyButton } from "./compiled-body.js";
import {
  INTERACTIVE_BODY_MAX,
  REPLY_BUTTON_ID_MAX,
  REPLY_BUTTON_TITLE_MAX,
  REPLY_BUTTONS_MAX,
  REPLY_BUTTONS_MIN,
} from "./whatsapp-limits.js";

function notAllowed(violations: LimitViolation[], path: string, what: string): void {
  violations.push({
    path,
    rule: "not_allowed",
    message: `${path}: WhatsApp reply buttons have no ${what}; use style "list" to show it`,
  });
}

/**
 * One section of 1–3 options, each with a unique id (≤256) and a unique title (≤20); no descriptions
 * and no section title, since reply buttons cannot show them. Body ≤1024, footer ≤60, header text ≤60
 * or an image, video or document.
 */
export function compileReplyButtons(
  violations: LimitViolation[],
  message: MessageOf<"choices">,
): WhatsAppInteractive {
  const header = compileHeader(violations, message.header, { media: true, subtype: "reply buttons" });
  checkText(violations, "body", message.body, { required: true, max: INTERACTIVE_BODY_MAX });
  const footer = compileFooter(violations, message.footer);
  // Reply buttons have no sections: all options must come in the one the neutral message holds.
  checkCount(violations, "sections", message.sections.length, { platform: "WhatsApp", min: 1, max: 1 });

  const ids: UniqueEntry[] = [];
  const titles: UniqueEntry[] = [];
  const buttons: WhatsAppReplyButton[] = [];
  message.sections.forEach((section, s) => {
    if (nonBlank(section.title) !== undefined) {
      notAllowed(violations, `sections[${s}].title`, "section title");
    }
    checkCount(violations, `sections[${s}].options`, section.options.length, {
      platform: "WhatsApp",
      min: REPLY_BUTTONS_MIN,
      max: REPLY_BUTTONS_MAX,
    });
    section.options.forEach((option, o) => {
      const path = `sections[${s}].options[${o}]`;
      checkId(violations, `${path}.id`, option.id, { platform: "WhatsApp", max: REPLY_BUTTON_ID_MAX });
      checkText(violations, `${path}.title`, option.title, { required: true, max: REPLY_BUTTON_TITLE_MAX });
      if (nonBlank(option.description) !== undefined) {
        notAllowed(violations, `${path}.description`, "description");
      }
      ids.push({ path: `${path}.id`, value: option.id });
      titles.push({ path: `${path}.title`, value: option.title });
      buttons.push({ type: "reply", reply: { id: option.id, title: option.title } });
    });
  });
  checkUnique(violations, ids, { platform: "WhatsApp", what: "option ids" });
  checkUnique(violations, titles, { platform: "WhatsApp", what: "button titles" });

  return {
    type: "button",
    ...(header === undefined ? {} : { header }),
    body: { text: message.body },
    ...footer,
    action: { buttons },
  };
}
