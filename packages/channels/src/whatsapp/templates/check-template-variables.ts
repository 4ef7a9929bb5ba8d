/**
 * Checks the `{{…}}` variables of a template header or body text and their example values (PLATFORMS.md
 * A5.1): format, numbering, uniqueness, adjacency, position and one example each.
 */
import type { LimitViolation } from "@switchboard/core";
import { nonBlank } from "../check-text.js";
import { findTemplateVariables, NAMED_NAME, POSITIONAL_NAME } from "./find-template-variables.js";
import type { TemplateVariable } from "./find-template-variables.js";
import type { TemplateExamples, TemplateParameterFormat } from "./template-definition-schema.js";

export interface VariableRule {
  format: TemplateParameterFormat;
  /** Most variables the text may hold (a text header takes one). */
  max?: number;
  /** Refuse a variable at the very start or end of the text (the body, Meta error 2388299). */
  refuseAtEdges?: boolean;
}

function checkNames(
  violations: LimitViolation[],
  path: string,
  variables: TemplateVariable[],
  format: TemplateParameterFormat,
): string[] {
  const names: string[] = [];
  for (const { name } of variables) {
    const valid = format === "positional" ? POSITIONAL_NAME.test(name) : NAMED_NAME.test(name);
    if (!valid) {
      const expected =
        format === "positional"
          ? "a positional variable such as {{1}}"
          : "a named variable of lowercase letters, digits and _ such as {{first_name}}";
      const message = `${path}: {{${name}}} is not ${expected}, as the template's parameterFormat ${format} needs`;
      violations.push({ path, rule: "variable_format", message });
      continue;
    }
    if (names.includes(name)) {
      const message = `${path}: {{${name}}} appears twice, WhatsApp needs each variable once`;
      violations.push({ path, rule: "unique", message });
      continue;
    }
    names.push(name);
  }
  return names;
}

function checkOrder(violations: LimitViolation[], path: string, names: string[]): void {
  const wrong = names.findIndex((name, i) => name !== String(i + 1));
  if (wrong === -1) return;
  const message =
    `${path}: {{${names[wrong] ?? ""}}} comes where {{${wrong + 1}}} is expected; WhatsApp needs ` +
    "positional variables numbered from {{1}} in order, without gaps";
  violations.push({ path, rule: "variable_order", message });
}

function checkPlacement(
  violations: LimitViolation[],
  path: string,
  text: string,
  variables: TemplateVariable[],
  refuseAtEdges: boolean,
): void {
  variables.forEach((variable, i) => {
    const previous = i === 0 ? undefined : variables[i - 1];
    if (previous !== undefined && text.slice(previous.end, variable.start).trim() === "") {
      const message = `${path}: {{${previous.name}}} and {{${variable.name}}} have no text between them, which WhatsApp refuses`;
      violations.push({ path, rule: "adjacent_variables", message });
    }
  });
  const first = variables[0];
  const last = variables[variables.length - 1];
  if (!refuseAtEdges || first === undefined || last === undefined) return;
  const edge =
    text.slice(0, first.start).trim() === ""
      ? `starts with {{${first.name}}}`
      : text.slice(last.end).trim() === ""
        ? `ends with {{${last.name}}}`
        : undefined;
  if (edge === undefined) return;
  const message = `${path}: ${edge}; WhatsApp refuses a variable at the very start or end of the body (error 2388299)`;
  violations.push({ path, rule: "variable_at_edge", message });
}

function checkExamples(
  violations: LimitViolation[],
  examplesPath: string,
  names: string[],
  examples: TemplateExamples,
): void {
  for (const name of names) {
    if (nonBlank(examples[name]) !== undefined) continue;
    const path = `${examplesPath}.${name}`;
    const message = `${path}: required, WhatsApp needs an example value for every variable ({{${name}}})`;
    violations.push({ path, rule: "required", message });
  }
  for (const key of Object.keys(examples)) {
    if (names.includes(key)) continue;
    const path = `${examplesPath}.${key}`;
    const message = `${path}: the text has no variable {{${key}}} to give this example for`;
    violations.push({ path, rule: "unknown_variable", message });
  }
}

/**
 * Checks the variables of `text` (at `${path}.text`) and their examples (at `${path}.examples.<name>`).
 * Returns the valid variable names in order of appearance. Variables separated only by white space
 * count as adjacent.
 */
export function checkTemplateVariables(
  violations: LimitViolation[],
  path: string,
  text: string,
  examples: TemplateExamples | undefined,
  rule: VariableRule,
): string[] {
  const textPath = `${path}.text`;
  const variables = findTemplateVariables(text);
  if (/\{\{|\}\}/.test(text.replace(/\{\{[^{}]*\}\}/g, ""))) {
    const message = `${textPath}: has "{{" or "}}" that do not enclose a variable, which WhatsApp refuses`;
    violations.push({ path: textPath, rule: "variable_format", message });
  }
  if (rule.max !== undefined && variables.length > rule.max) {
    const message = `${textPath}: ${variables.length} variables, WhatsApp allows ${rule.max}`;
    violations.push({
      path: textPath,
      rule: "max_variables",
      message,
      limit: rule.max,
      actual: variables.length,
    });
  }
  const names = checkNames(violations, textPath, variables, rule.format);
  if (rule.format === "positional") checkOrder(violations, textPath, names);
  checkPlacement(violations, textPath, text, variables, rule.refuseAtEdges === true);
  checkExamples(violations, `${path}.examples`, names, examples ?? {});
  return names;
}
