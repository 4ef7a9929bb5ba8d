/**
 * Checks a template definition against every creation rule of PLATFORMS.md A5.1–A5.2 before it is
 * submitted, so the author sees each problem with its path instead of a rejection from Meta.
 */
import type { LimitViolation } from "@switchboard/core";
import { checkRange } from "../../limits/check-range.js";
import { TEMPLATE_LANGUAGE_PATTERN, TEMPLATE_NAME_PATTERN } from "../whatsapp-limits.js";
import { checkText } from "../check-text.js";
import { TEMPLATE_BODY_TEXT_MAX, TEMPLATE_HEADER_TEXT_MAX, TEMPLATE_NAME_MAX } from "../whatsapp-limits.js";
import { checkTemplateButtons } from "./check-template-buttons.js";
import { checkTemplateVariables } from "./check-template-variables.js";
import type { TemplateDefinition, TemplateHeader } from "./template-definition-schema.js";
import {
  TEMPLATE_CODE_EXPIRATION_MINUTES,
  TEMPLATE_FOOTER_TEXT_MAX,
  TEMPLATE_HEADER_VARIABLES_MAX,
} from "./template-limits.js";

/** Markdown-like formatting characters a text header may not hold (outside its variable). */
const FORMATTING = /[*_~`]/;

function checkIdentity(violations: LimitViolation[], definition: TemplateDefinition): void {
  const { name, language } = definition;
  checkText(violations, "name", name, { required: true, max: TEMPLATE_NAME_MAX });
  if (name.trim() !== "" && !TEMPLATE_NAME_PATTERN.test(name)) {
    const message = `name: ${JSON.stringify(name)} is not only lowercase letters, digits and _, as WhatsApp needs`;
    violations.push({ path: "name", rule: "format", message });
  }
  checkText(violations, "language", language, { required: true });
  if (language.trim() !== "" && !TEMPLATE_LANGUAGE_PATTERN.test(language)) {
    const message = `language: ${JSON.stringify(language)} is not a WhatsApp language code such as en or en_US`;
    violations.push({ path: "language", rule: "format", message });
  }
}

function checkTextHeader(
  violations: LimitViolation[],
  definition: TemplateDefinition,
  header: Extract<TemplateHeader, { format: "text" }>,
): void {
  checkText(violations, "header.text", header.text, { required: true, max: TEMPLATE_HEADER_TEXT_MAX });
  checkTemplateVariables(violations, "header", header.text, header.examples, {
    format: definition.parameterFormat,
    max: TEMPLATE_HEADER_VARIABLES_MAX,
  });
  if (/[\r\n]/.test(header.text)) {
    const message = "header.text: has a line break, which WhatsApp refuses in a header";
    violations.push({ path: "header.text", rule: "no_line_breaks", message });
  }
  const formatting = FORMATTING.exec(header.text.replace(/\{\{[^{}]*\}\}/g, ""));
  if (formatting !== null) {
    const message = `header.text: has the formatting character ${JSON.stringify(formatting[0])}; WhatsApp takes no markdown in a header`;
    violations.push({ path: "header.text", rule: "no_formatting", message });
  }
}

/** No header in authentication templates, so a location header only in utility and marketing ones. */
function checkHeader(
  violations: LimitViolation[],
  definition: TemplateDefinition,
  header: TemplateHeader,
): void {
  if (definition.category === "authentication") {
    const message = `header: WhatsApp takes no ${header.format} header in authentication templates`;
    violations.push({ path: "header", rule: "category", message });
    return;
  }
  if (header.format === "text") {
    checkTextHeader(violations, definition, header);
    return;
  }
  if (header.format === "location") return;
  if ("url" in header.example) {
    const message =
      "header.example.url: WhatsApp takes a media sample only as a handle from the Resumable Upload " +
      "API (example.header_handle); upload the file and give its handle";
    violations.push({ path: "header.example.url", rule: "upload_required", message });
    return;
  }
  checkText(violations, "header.example.handle", header.example.handle, { required: true });
}

function checkBodyAndFooter(violations: LimitViolation[], definition: TemplateDefinition): void {
  const { body, footer, category } = definition;
  if (category === "authentication") {
    if (body !== undefined) {
      const message = "body: WhatsApp writes the body of authentication templates itself; leave it out";
      violations.push({ path: "body", rule: "category", message });
    }
    if (footer !== undefined) {
      const message =
        "footer: authentication templates take no footer text; use authentication.codeExpirationMinutes";
      violations.push({ path: "footer", rule: "category", message });
    }
    return;
  }
  if (body === undefined) {
    violations.push({
      path: "body",
      rule: "required",
      message: "body: required, every WhatsApp template has one",
    });
  } else {
    checkText(violations, "body.text", body.text, { required: true, max: TEMPLATE_BODY_TEXT_MAX });
    checkTemplateVariables(violations, "body", body.text, body.examples, {
      format: definition.parameterFormat,
      refuseAtEdges: true,
    });
  }
  if (footer === undefined) return;
  checkText(violations, "footer.text", footer.text, { required: true, max: TEMPLATE_FOOTER_TEXT_MAX });
  if (/\{\{|\}\}/.test(footer.text)) {
    const message = "footer.text: has a variable; WhatsApp takes plain text only in a footer";
    violations.push({ path: "footer.text", rule: "no_variables", message });
  }
}

function checkAuthentication(violations: LimitViolation[], definition: TemplateDefinition): void {
  const { authentication, category } = definition;
  if (authentication === undefined) return;
  if (category !== "authentication") {
    const message = `authentication: only authentication templates take these options, not ${category} ones`;
    violations.push({ path: "authentication", rule: "category", message });
    return;
  }
  if (authentication.codeExpirationMinutes !== undefined) {
    checkRange(violations, "authentication.codeExpirationMinutes", authentication.codeExpirationMinutes, {
      platform: "WhatsApp",
      ...TEMPLATE_CODE_EXPIRATION_MINUTES,
      integer: true,
    });
  }
}

/**
 * Every rule a template breaks, each with its path (`buttons[3].text`) and a sentence naming the field
 * and the rule; empty when WhatsApp should accept it for review. Lengths count both code points and
 * UTF-16 units. Pure: no I/O, the definition is not changed.
 */
export function validateWhatsAppTemplate(definition: TemplateDefinition): LimitViolation[] {
  const violations: LimitViolation[] = [];
  checkIdentity(violations, definition);
  if (definition.header !== undefined) checkHeader(violations, definition, definition.header);
  checkBodyAndFooter(violations, definition);
  checkTemplateButtons(violations, definition.category, definition.buttons ?? []);
  checkAuthentication(violations, definition);
  return violations;
}
