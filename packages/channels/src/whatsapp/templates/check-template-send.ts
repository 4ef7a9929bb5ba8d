/**
 * Checks a neutral `template` message against the approved definition it names before sending, so a
 * mismatch is refused here with its path instead of by Meta (PLATFORMS.md A5.5: 132000, 132001, 132012).
 */
import type {
  LimitViolation,
  MessageOf,
  TemplateButtonParameter,
  TemplateParameter,
} from "@switchboard/core";
import { findTemplateVariables } from "./find-template-variables.js";
import type { TemplateButton, TemplateDefinition, TemplateHeader } from "./template-definition-schema.js";

type TemplateMessage = MessageOf<"template">;
type Kind = TemplateParameter["type"];
type ButtonParameterType = TemplateButtonParameter["type"];

function namesIn(text: string): string[] {
  return [...new Set(findTemplateVariables(text).map((variable) => variable.name))];
}

function checkIdentity(
  violations: LimitViolation[],
  definition: TemplateDefinition,
  message: TemplateMessage,
): void {
  const fields: ("name" | "language")[] = ["name", "language"];
  for (const field of fields) {
    if (message[field] === definition[field]) continue;
    const sentence = `${field}: ${JSON.stringify(message[field])} is not the template's ${JSON.stringify(definition[field])}; WhatsApp answers 132001 for an unknown name or language`;
    violations.push({ path: field, rule: "template_mismatch", message: sentence });
  }
}

function checkCountOf(violations: LimitViolation[], path: string, expected: number, actual: number): void {
  if (expected === actual) return;
  const message = `${path}: ${actual} parameters, the template takes ${expected}; WhatsApp answers 132000`;
  violations.push({ path, rule: "parameter_count", message, limit: expected, actual });
}

/** The parameter type a header format takes; GIF headers are sent as video. */
function headerKind(header: TemplateHeader): Kind {
  return header.format === "gif" ? "video" : header.format;
}

function nameOf(parameter: TemplateParameter): string | undefined {
  return "name" in parameter ? parameter.name : undefined;
}

/** Positional parameters carry no name; named ones each name a variable, and every variable gets one. */
function checkNames(
  violations: LimitViolation[],
  path: string,
  named: boolean,
  variables: string[],
  parameters: TemplateParameter[],
): void {
  parameters.forEach((parameter, i) => {
    const namePath = `${path}[${i}].name`;
    const name = nameOf(parameter);
    if (!named && name !== undefined) {
      const message = `${namePath}: the template's variables are positional, so WhatsApp takes no parameter name (132012)`;
      violations.push({ path: namePath, rule: "parameter_format", message });
    } else if (named && name === undefined) {
      const message = `${namePath}: required, the template's variables are named (${variables.join(", ")}); WhatsApp answers 132012`;
      violations.push({ path: namePath, rule: "required", message });
    } else if (named && name !== undefined && !variables.includes(name)) {
      const message = `${namePath}: the template has no variable {{${name}}}; WhatsApp answers 132000`;
      violations.push({ path: namePath, rule: "unknown_parameter", message });
    }
  });
  if (!named) return;
  const given = parameters.map(nameOf);
  for (const variable of variables) {
    if (given.includes(variable)) continue;
    const message = `${path}: no parameter for the variable {{${variable}}}; WhatsApp answers 132000`;
    violations.push({ path, rule: "missing_parameter", message });
  }
}

function checkHeader(
  violations: LimitViolation[],
  definition: TemplateDefinition,
  parameters: TemplateParameter[],
): void {
  const header = definition.header;
  const variables = header?.format === "text" ? namesIn(header.text) : [];
  const expected = header === undefined ? 0 : header.format === "text" ? variables.length : 1;
  checkCountOf(violations, "header", expected, parameters.length);
  const parameter = parameters[0];
  if (header === undefined || parameter === undefined || expected === 0) return;
  const kind = headerKind(header);
  if (parameter.type !== kind) {
    const message = `header[0].type: the template's ${header.format} header takes a ${kind} parameter, not ${parameter.type}; WhatsApp answers 132012`;
    violations.push({ path: "header[0].type", rule: "parameter_type", message });
  }
  if (header.format === "text") {
    checkNames(violations, "header", definition.parameterFormat === "named", variables, parameters);
  }
}

function checkBody(
  violations: LimitViolation[],
  definition: TemplateDefinition,
  parameters: TemplateParameter[],
): void {
  // Authentication bodies are Meta's own "{{1}} is your verification code": one positional parameter.
  const authentication = definition.category === "authentication";
  const variables = authentication ? ["1"] : namesIn(definition.body?.text ?? "");
  const named = !authentication && definition.parameterFormat === "named";
  if (!named) checkCountOf(violations, "body", variables.length, parameters.length);
  checkNames(violations, "body", named, variables, parameters);
}

/** The parameter type a template button takes at send time, or undefined when it takes none. */
function parameterTypeOf(button: TemplateButton): ButtonParameterType | undefined {
  switch (button.type) {
    case "quick_reply":
      return "quick_reply";
    case "url":
      return findTemplateVariables(button.url).length > 0 ? "url" : undefined;
    case "copy_code":
      return "copy_code";
    case "otp":
      // The one-time code goes in a url button parameter (A5.5).
      return "url";
    default:
      return undefined;
  }
}

function checkButtons(
  violations: LimitViolation[],
  definition: TemplateDefinition,
  parameters: TemplateButtonParameter[],
): void {
  const buttons = definition.buttons ?? [];
  parameters.forEach((parameter, i) => {
    const button = buttons[parameter.index];
    if (button === undefined) {
      const message = `buttons[${i}].index: the template has no button ${parameter.index} (it has ${buttons.length}); WhatsApp answers 132000`;
      violations.push({ path: `buttons[${i}].index`, rule: "unknown_button", message });
      return;
    }
    const takes = parameterTypeOf(button);
    if (takes === parameter.type) return;
    const expected = takes === undefined ? "takes no parameter" : `takes a ${takes} parameter`;
    const message = `buttons[${i}].type: button ${parameter.index} (${button.type}) ${expected}, not ${parameter.type}; WhatsApp answers 132012`;
    violations.push({ path: `buttons[${i}].type`, rule: "parameter_type", message });
  });
  buttons.forEach((button, index) => {
    const takes = parameterTypeOf(button);
    if (takes === undefined || takes === "quick_reply") return;
    if (parameters.some((parameter) => parameter.index === index)) return;
    const message = `buttons: no ${takes} parameter for button ${index} (${button.type}), which needs one; WhatsApp answers 132000`;
    violations.push({ path: "buttons", rule: "missing_parameter", message });
  });
}

/**
 * Every way `message` does not fit `definition`, which must be the APPROVED template it names (A5.3):
 * name and language; header and body parameter counts (positional) or names (named); the header
 * parameter type for the header format; button parameters only for buttons that take one (a URL ending
 * in a variable, copy code, OTP; quick-reply payloads optional) and for each of those that need one.
 */
export function checkTemplateSend(
  definition: TemplateDefinition,
  message: TemplateMessage,
): LimitViolation[] {
  const violations: LimitViolation[] = [];
  checkIdentity(violations, definition, message);
  checkHeader(violations, definition, message.header ?? []);
  checkBody(violations, definition, message.body ?? []);
  checkButtons(violations, definition, message.buttons ?? []);
  return violations;
}
