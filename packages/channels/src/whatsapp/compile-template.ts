/** Compiles a neutral template message into WhatsApp's `template` body (A5.1 names, A5.5 parameters). */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkText } from "./check-text.js";
import { compileTemplateButtons } from "./compile-template-buttons.js";
import { compileTemplateParameters } from "./compile-template-parameters.js";
import type { WhatsAppTemplate, WhatsAppTemplateComponent } from "./compiled-body.js";
import { TEMPLATE_LANGUAGE_PATTERN, TEMPLATE_NAME_MAX, TEMPLATE_NAME_PATTERN } from "./whatsapp-limits.js";

function checkFormat(
  violations: LimitViolation[],
  path: string,
  value: string,
  format: RegExp,
  rule: string,
): void {
  if (value.trim().length === 0 || format.test(value)) return;
  violations.push({ path, rule: "format", message: `${path}: ${JSON.stringify(value)} is not ${rule}` });
}

/**
 * Name required, ≤512, lowercase letters, digits and `_`; language a code like `en_US`. Components are
 * written only for the parts given: a header, a body, then one per button parameter.
 */
export function compileTemplate(
  violations: LimitViolation[],
  message: MessageOf<"template">,
): WhatsAppTemplate {
  checkText(violations, "name", message.name, { required: true, max: TEMPLATE_NAME_MAX });
  checkFormat(violations, "name", message.name, TEMPLATE_NAME_PATTERN, "lowercase letters, digits and _");
  checkText(violations, "language", message.language, { required: true });
  checkFormat(
    violations,
    "language",
    message.language,
    TEMPLATE_LANGUAGE_PATTERN,
    "a WhatsApp language code such as en_US",
  );

  const components: WhatsAppTemplateComponent[] = [];
  if (message.header !== undefined && message.header.length > 0) {
    components.push({
      type: "header",
      parameters: compileTemplateParameters(violations, "header", message.header),
    });
  }
  if (message.body !== undefined && message.body.length > 0) {
    components.push({
      type: "body",
      parameters: compileTemplateParameters(violations, "body", message.body),
    });
  }
  components.push(...compileTemplateButtons(violations, message.buttons ?? []));
  return {
    name: message.name,
    language: { code: message.language },
    ...(components.length === 0 ? {} : { components }),
  };
}
