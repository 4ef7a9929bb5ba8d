/**
 * Checks a template message against the stored template (PLATFORMS.md A5.5): it must exist in that
 * language and be APPROVED (132001), and the parameters must match in number (132000) and kind (132012).
 */
import { GraphError } from "../graph/graph-error.js";
import { templatePlaceholders } from "../templates/template-placeholders.js";
import type { StoredTemplate, TemplateStore } from "../templates/template-store.js";
import type { TemplateComponentInput, TemplateInput } from "./content-schemas.js";

type Parameter = NonNullable<TemplateComponentInput["parameters"]>[number];

const MEDIA_PARAMETER: Record<string, string[]> = {
  IMAGE: ["image"],
  VIDEO: ["video"],
  GIF: ["video", "image"],
  DOCUMENT: ["document"],
  LOCATION: ["location"],
};

/** The button kinds a send may name, per template button type. */
const SUB_TYPE: Record<string, string> = {
  QUICK_REPLY: "quick_reply",
  URL: "url",
  OTP: "url",
  COPY_CODE: "copy_code",
  FLOW: "flow",
  CATALOG: "catalog",
  MPM: "mpm",
  SPM: "spm",
  VOICE_CALL: "voice_call",
};

export function checkTemplateSend(
  input: TemplateInput,
  wabaId: string,
  store: TemplateStore,
): StoredTemplate {
  const language = input.language.code;
  const template = store.find(wabaId, input.name, language);
  if (template === undefined) {
    throw new GraphError(132001, `template name (${input.name}) does not exist in ${language}`);
  }
  if (template.status === "PAUSED") throw new GraphError(132015, `template ${input.name} is paused`);
  if (template.status === "DISABLED") throw new GraphError(132016, `template ${input.name} is disabled`);
  if (template.status !== "APPROVED") {
    throw new GraphError(
      132001,
      `template ${input.name} (${language}) is ${template.status}; only APPROVED templates can be sent`,
    );
  }
  const sent = input.components ?? [];
  for (const type of ["header", "body"]) {
    if (sent.filter((component) => component.type === type).length > 1) {
      throw new GraphError(100, `template.components: more than one ${type} component`);
    }
  }
  checkHeader(template, sent.find((c) => c.type === "header")?.parameters ?? []);
  checkBody(template, sent.find((c) => c.type === "body")?.parameters ?? []);
  checkButtons(
    template,
    sent.filter((c) => c.type === "button"),
  );
  return template;
}

function definition(template: StoredTemplate, type: string) {
  return template.components.find((component) => component.type === type);
}

function checkHeader(template: StoredTemplate, parameters: Parameter[]): void {
  const header = definition(template, "HEADER");
  const format = header?.format;
  const expected =
    format === undefined ? 0 : format === "TEXT" ? templatePlaceholders(header?.text).length : 1;
  if (parameters.length !== expected) {
    throw new GraphError(
      132000,
      `header: template ${template.name} expects ${expected} parameters, got ${parameters.length}`,
    );
  }
  const parameter = parameters[0];
  if (parameter === undefined || format === undefined) return;
  const allowed = format === "TEXT" ? ["text"] : (MEDIA_PARAMETER[format] ?? []);
  if (!allowed.includes(parameter.type)) {
    throw new GraphError(
      132012,
      `header.parameters[0].type: "${parameter.type}" does not match the ${format} header`,
    );
  }
  if (parameter.type === "text") checkText(parameter, "header.parameters[0]");
  else if (parameter[parameter.type] === undefined) {
    throw new GraphError(131008, `header.parameters[0].${parameter.type}: is required`);
  }
}

function checkBody(template: StoredTemplate, parameters: Parameter[]): void {
  const body = definition(template, "BODY");
  const names = template.category === "AUTHENTICATION" ? ["1"] : templatePlaceholders(body?.text);
  if (parameters.length !== names.length) {
    throw new GraphError(
      132000,
      `body: template ${template.name} expects ${names.length} parameters, got ${parameters.length}`,
    );
  }
  const seen = new Set<string>();
  parameters.forEach((parameter, i) => {
    const at = `body.parameters[${i}]`;
    if (!["text", "currency", "date_time"].includes(parameter.type)) {
      throw new GraphError(132012, `${at}.type: "${parameter.type}" is not allowed in a body`);
    }
    if (parameter.type === "text") checkText(parameter, at);
    else if (parameter[parameter.type] === undefined)
      throw new GraphError(131008, `${at}.${parameter.type}: is required`);
    if (template.parameterFormat !== "named") return;
    const name = parameter.parameter_name;
    if (name === undefined || !names.includes(name) || seen.has(name)) {
      throw new GraphError(
        132000,
        `${at}.parameter_name: ${JSON.stringify(name)} is not an unused parameter of ${template.name} (${names.join(", ")})`,
      );
    }
    seen.add(name);
  });
}

function checkText(parameter: Parameter, at: string): void {
  const text = parameter.text;
  if (typeof text !== "string" || text === "") throw new GraphError(131008, `${at}.text: is required`);
  if (/[\n\t]| {5,}/.test(text)) {
    throw new GraphError(
      132018,
      `${at}.text: cannot have new-line or tab characters or more than 4 consecutive spaces`,
    );
  }
}

function checkButtons(template: StoredTemplate, sent: TemplateComponentInput[]): void {
  const buttons = definition(template, "BUTTONS")?.buttons ?? [];
  const covered = new Set<number>();
  sent.forEach((component, i) => {
    const at = `template.components[button ${i}]`;
    const index = Number(component.index);
    const button = buttons[index];
    if (component.index === undefined || button === undefined) {
      throw new GraphError(
        131009,
        `${at}.index: template ${template.name} has no button at index ${String(component.index)}`,
      );
    }
    const subType = (component.sub_type ?? "").toLowerCase();
    if (subType !== SUB_TYPE[button.type]) {
      throw new GraphError(
        132012,
        `${at}.sub_type: "${component.sub_type ?? ""}" does not match the ${button.type} button at index ${index}`,
      );
    }
    const parameters = component.parameters ?? [];
    const expected = parameterCount(button.type, button.url, button.otp_type);
    const optional = button.type === "QUICK_REPLY" || button.type === "FLOW" || button.type === "CATALOG";
    if (parameters.length !== expected && !(optional && parameters.length <= 1)) {
      throw new GraphError(
        132000,
        `${at}: the ${button.type} button expects ${expected} parameters, got ${parameters.length}`,
      );
    }
    covered.add(index);
  });
  buttons.forEach((button, index) => {
    const needed = parameterCount(button.type, button.url, button.otp_type);
    if (needed > 0 && !covered.has(index)) {
      throw new GraphError(
        132000,
        `template.components: the ${button.type} button at index ${index} needs ${needed} parameter`,
      );
    }
  });
}

function parameterCount(type: string, url: string | undefined, otpType: string | undefined): number {
  if (type === "URL") return templatePlaceholders(url).length;
  if (type === "OTP")
    return otpType === "ZERO_TAP" || otpType === "ONE_TAP" || otpType === "COPY_CODE" ? 1 : 0;
  if (type === "COPY_CODE") return 1;
  return 0;
}
