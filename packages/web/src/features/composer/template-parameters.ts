/**
 * Pure: the variables of an approved WhatsApp template (`{{1}}`… or `{{first_name}}`… in its text header
 * and body), a preview with the values filled in, and the `template` message that sends it.
 */
import type { OutboundMessageInput, TemplateParameter } from "../../api/types";

export interface TemplateShape {
  name: string;
  language: string;
  format: "positional" | "named";
  headerText: string | null;
  bodyText: string;
  /** Variable names in order: `["1", "2"]` or `["first_name"]`. */
  headerVariables: string[];
  bodyVariables: string[];
}

export type TemplateValues = { header: Record<string, string>; body: Record<string, string> };

const VARIABLE = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** The distinct variables of a text, positional ones by number, named ones by first appearance. */
export function variablesOf(text: string): string[] {
  const names = [...new Set([...text.matchAll(VARIABLE)].map((match) => match[1] ?? ""))];
  return names.every((name) => /^\d+$/.test(name)) ? names.sort((a, b) => Number(a) - Number(b)) : names;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** Reads what the composer needs of a stored template definition. */
export function templateShape(template: {
  name: string;
  language: string;
  definition: unknown;
}): TemplateShape {
  const definition = isRecord(template.definition) ? template.definition : {};
  const header = isRecord(definition["header"]) ? definition["header"] : undefined;
  const body = isRecord(definition["body"]) ? definition["body"] : undefined;
  const headerText =
    header?.["format"] === "text" && typeof header["text"] === "string" ? header["text"] : null;
  const bodyText = typeof body?.["text"] === "string" ? body["text"] : "";
  return {
    name: template.name,
    language: template.language,
    format: definition["parameterFormat"] === "named" ? "named" : "positional",
    headerText,
    bodyText,
    headerVariables: headerText === null ? [] : variablesOf(headerText),
    bodyVariables: variablesOf(bodyText),
  };
}

/** The text with each variable replaced by its value (an empty value keeps the `{{…}}`). */
export function fillText(text: string, values: Record<string, string>): string {
  return text.replace(VARIABLE, (whole, name: string) => {
    const value = values[name];
    return value === undefined || value === "" ? whole : value;
  });
}

/** The variables still without a value, as `header.{{1}}` / `body.{{name}}`. */
export function missingVariables(shape: TemplateShape, values: TemplateValues): string[] {
  return [
    ...shape.headerVariables.filter((v) => !values.header[v]?.trim()).map((v) => `header.{{${v}}}`),
    ...shape.bodyVariables.filter((v) => !values.body[v]?.trim()).map((v) => `body.{{${v}}}`),
  ];
}

/** The `template` message for these values. */
export function templateMessage(shape: TemplateShape, values: TemplateValues): OutboundMessageInput {
  const parameters = (variables: string[], given: Record<string, string>): TemplateParameter[] =>
    variables.map((variable) => ({
      type: "text",
      text: given[variable] ?? "",
      ...(shape.format === "named" ? { name: variable } : {}),
    }));
  return {
    kind: "template",
    name: shape.name,
    language: shape.language,
    ...(shape.headerVariables.length > 0 ? { header: parameters(shape.headerVariables, values.header) } : {}),
    ...(shape.bodyVariables.length > 0 ? { body: parameters(shape.bodyVariables, values.body) } : {}),
  };
}
