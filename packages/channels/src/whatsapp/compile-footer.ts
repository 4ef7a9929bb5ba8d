/** Compiles the optional footer shared by the interactive subtypes that take one (A3.1). */
import type { LimitViolation } from "@switchboard/core";
import { checkText, nonBlank } from "./check-text.js";
import type { WhatsAppText } from "./compiled-body.js";
import { INTERACTIVE_FOOTER_MAX } from "./whatsapp-limits.js";

/** `{ footer }` to spread into the interactive object, or `{}` when the footer is absent or blank. */
export function compileFooter(
  violations: LimitViolation[],
  footer: string | undefined,
): { footer?: WhatsAppText } {
  checkText(violations, "footer", footer, { max: INTERACTIVE_FOOTER_MAX });
  const text = nonBlank(footer);
  return text === undefined ? {} : { footer: { text } };
}
