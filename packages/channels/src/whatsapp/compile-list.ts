/** Compiles a neutral choice into a WhatsApp list message (interactive `list`, A3.1 and PLATFORMS.md E7). */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkCount } from "./check-count.js";
import { checkId } from "./check-id.js";
import { checkText, nonBlank } from "./check-text.js";
import { checkUnique, type UniqueEntry } from "./check-unique.js";
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
  SECTIONS_MAX,
  SECTIONS_MIN,
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
  checkCount(violations, "sections", sections.length, { min: SECTIONS_MIN, max: SECTIONS_MAX });
  const rowCount = sections.reduce((sum, section) => sum + section.options.length, 0);
  checkCount(violations, "sections", rowCount, {
    max: LIST_ROWS_TOTAL_MAX,
    scope: "in total across all sections",
    maxRule: "max_total_items",
  });

  const ids: UniqueEntry[] = [];
  const compiledSections = sections.map((section, s) => {
    checkText(violations, `sections[${s}].title`, section.title, {
      required: sections.length > 1,
      max: SECTION_TITLE_MAX,
    });
    checkCount(violations, `sections[${s}].options`, section.options.length, { min: LIST_SECTION_ROWS_MIN });
    const rows = section.options.map((option, o): WhatsAppListRow => {
      const path = `sections[${s}].options[${o}]`;
      checkId(violations, `${path}.id`, option.id, LIST_ROW_ID_MAX);
      checkText(violations, `${path}.title`, option.title, { required: true, max: LIST_ROW_TITLE_MAX });
      checkText(violations, `${path}.description`, option.description, { max: LIST_ROW_DESCRIPTION_MAX });
      ids.push({ path: `${path}.id`, value: option.id });
      const description = nonBlank(option.description);
      return { id: option.id, title: option.title, ...(description === undefined ? {} : { description }) };
    });
    const title = nonBlank(section.title);
    return { ...(title === undefined ? {} : { title }), rows };
  });
  checkUnique(violations, ids, "option ids");

  return {
    type: "list",
    ...(header === undefined ? {} : { header }),
    body: { text: message.body },
    ...footer,
    action: { button: message.listButton ?? "", sections: compiledSections },
  };
}
