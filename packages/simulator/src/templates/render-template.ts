/** The text a customer sees for a template message: the approved texts with the sent parameters filled in. */
import type { TemplateInput } from "../messages/content-schemas.js";
import { fillPlaceholders, templatePlaceholders } from "./template-placeholders.js";
import type { StoredTemplate } from "./template-store.js";

export interface RenderedTemplate {
  name: string;
  language: string;
  headerFormat?: string;
  header?: string;
  body: string;
  footer?: string;
  buttons: { type: string; text: string; url?: string }[];
}

export function renderTemplate(template: StoredTemplate, input: TemplateInput): RenderedTemplate {
  const sent = input.components ?? [];
  const values = (type: string, text: string | undefined): Map<string, string> => {
    const names = templatePlaceholders(text);
    const parameters = sent.find((component) => component.type === type)?.parameters ?? [];
    const map = new Map<string, string>();
    parameters.forEach((parameter, i) => {
      const name = parameter.parameter_name ?? names[i];
      if (name !== undefined) map.set(name, parameterText(parameter));
    });
    return map;
  };
  const find = (type: string) => template.components.find((component) => component.type === type);
  const header = find("HEADER");
  const body = find("BODY");
  const footer = find("FOOTER");
  const bodyText =
    template.category === "AUTHENTICATION" ? "*{{1}}* is your verification code." : (body?.text ?? "");
  const rendered: RenderedTemplate = {
    name: template.name,
    language: template.language,
    body: fillPlaceholders(bodyText, values("body", bodyText)),
    buttons: (find("BUTTONS")?.buttons ?? []).map((button) => ({
      type: button.type,
      text: button.text ?? (button.type === "OTP" ? "Copy code" : button.type),
      ...(button.url === undefined ? {} : { url: button.url }),
    })),
  };
  if (header?.format !== undefined) rendered.headerFormat = header.format;
  if (header?.format === "TEXT" && header.text !== undefined) {
    rendered.header = fillPlaceholders(header.text, values("header", header.text));
  }
  if (footer?.text !== undefined) rendered.footer = footer.text;
  return rendered;
}

function parameterText(parameter: Record<string, unknown>): string {
  if (typeof parameter.text === "string") return parameter.text;
  const nested = parameter[String(parameter.type)];
  if (nested !== null && typeof nested === "object" && "fallback_value" in nested) {
    return String(nested.fallback_value);
  }
  return "";
}
