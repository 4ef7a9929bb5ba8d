/** Compiles a neutral choice into a WhatsApp list message (interactive `list`, A3.1 and PLATFORMS.md E7). */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkId } from "../limits/check-id.js";
import { checkUnique, type UniqueEntry } from "../limits/check-unique.js";
import { checkSectionCounts } from "./check-section-counts.js";
import { checkText, nonBlank } from "./check-text.js";
import { compileFooter } from "./compile-footer.js";
import { compileHeader } from "./compile-header.js";
import type { WhatsAppInteractive, WhatsAppListRow } from "./compiled-body.js";
import {
  LIST_BODY_MAX,
  LIST_BUTTON_MAX,
  LIST_ROW_DESCRIPTION_MAX,
  LIST_ROW_ID_MAX,
  LIST_ROW_TITLE_MAX,
  LIST_ROWS_TOTAL_MAX,
  LIST_SECTION_ROWS_MIN,
  SECTION_TITLE_MAX,
} from "./whatsapp-limits.js";

/**
 * 1–10 sections of at least one row each and at most 10 rows in total; a section title (≤24) is
 * required once there are two sections. Rows: unique id ≤200, title ≤24, description ≤72. Body ≤4096,
 * footer ≤60, header text only ≤60, `listButton` label required ≤20.
 */
export function compileList(
  violations: LimitViolation[],
  message: MessageOf<"choices">,
): WhatsAppInteractive {
  const header = compileHeader(violations, message.header, { media: false, subtype: "lists" });
  checkText(violations, "body", message.body, { required: true, max: LIST_BODY_MAX });
  const footer = compileFooter(violations, message.footer);
  checkText(violations, "listButton", message.listButton, { required: true, max: LIST_BUTTON_MAX });
  const { sections } = message;
  const rowCount = sections.reduce((sum, section) => sum + section.options.length, 0);
  checkSectionCounts(violations, sections.length, rowCount, LIST_ROWS_TOTAL_MAX);

  const ids: UniqueEntry[] = [];
  const compiledSections = sections.map((section, s) => {
    checkText(violations, `sections[${s}].title`, section.title, {
      required: sections.length > 1,
      max: SECTION_TITLE_MAX,
    });
    checkCount(violations, `sections[${s}].options`, section.options.length, {
      platform: "WhatsApp",
      min: LIST_SECTION_ROWS_MIN,
    });
    const rows = section.options.map((option, o): WhatsAppListRow => {
      const path = `sections[${s}].options[${o}]`;
      checkId(violations, `${path}.id`, option.id, { platform: "WhatsApp", max: LIST_ROW_ID_MAX });
      checkText(violations, `${path}.title`, option.title, { required: true, max: LIST_ROW_TITLE_MAX });
      checkText(violations, `${path}.description`, option.description, { max: LIST_ROW_DESCRIPTION_MAX });
      ids.push({ path: `${path}.id`, value: option.id });
      const description = nonBlank(option.description);
      return { id: option.id, title: option.title, ...(description === undefined ? {} : { description }) };
    });
    const title = nonBlank(section.title);
    return { ...(title === undefined ? {} : { title }), rows };
  });
  checkUnique(violations, ids, { platform: "WhatsApp", what: "option ids" });

  return {
    type: "list",
    ...(header === undefined ? {} : { header }),
    body: { text: message.body },
    ...footer,
    action: { button: message.listButton ?? "", sections: compiledSections },
  };
}
