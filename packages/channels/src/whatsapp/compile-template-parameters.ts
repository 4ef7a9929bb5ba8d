/** Compiles the parameters of a template's header or body component (A5.5), checking each one. */
import type { LimitViolation, TemplateParameter } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkRange } from "../limits/check-range.js";
import { checkUnique, type UniqueEntry } from "../limits/check-unique.js";
import { checkText, nonBlank } from "./check-text.js";
import { compileMediaSource } from "./compile-media-source.js";
import type { WhatsAppTemplateParameter } from "./compiled-body.js";
import {
  TEMPLATE_BODY_TEXT_MAX,
  TEMPLATE_HEADER_PARAMETERS_MAX,
  TEMPLATE_HEADER_TEXT_MAX,
  TEMPLATE_PARAMETER_SPACES_RUN_MAX,
} from "./whatsapp-limits.js";

type Component = "header" | "body";

const ALLOWED: Record<Component, readonly TemplateParameter["type"][]> = {
  header: ["text", "image", "video", "document", "location"],
  body: ["text", "currency", "date_time"],
};
const PARAMETER_NAME = /^[a-z0-9_]+$/;
const CURRENCY_CODE = /^[A-Z]{3}$/;
const SPACES_RUN = new RegExp(` {${TEMPLATE_PARAMETER_SPACES_RUN_MAX + 1},}`);

function push(violations: LimitViolation[], path: string, rule: string, message: string): void {
  violations.push({ path, rule, message: `${path}: ${message}` });
}

function checkParameterText(violations: LimitViolation[], path: string, text: string, max: number): void {
  checkText(violations, path, text, { required: true, max });
  if (/[\n\r\t]/.test(text) || SPACES_RUN.test(text)) {
    const run = TEMPLATE_PARAMETER_SPACES_RUN_MAX;
    push(
      violations,
      path,
      "format",
      `has a line break, a tab or over ${run} spaces in a row; WhatsApp refuses it`,
    );
  }
}

/** Named parameters: lowercase letters, digits and `_`, unique; all of a component named or none. */
function checkNames(
  violations: LimitViolation[],
  component: Component,
  parameters: TemplateParameter[],
): void {
  const nameable = parameters.flatMap((parameter, i) =>
    parameter.type === "text" || parameter.type === "currency" || parameter.type === "date_time"
      ? [{ path: `${component}[${i}].name`, name: parameter.name }]
      : [],
  );
  const named: UniqueEntry[] = [];
  for (const { path, name } of nameable) {
    if (name === undefined) continue;
    named.push({ path, value: name });
    if (!PARAMETER_NAME.test(name)) {
      push(violations, path, "format", `${JSON.stringify(name)} is not lowercase letters, digits and _`);
    }
  }
  checkUnique(violations, named, { platform: "WhatsApp", what: "parameter names" });
  if (named.length === 0) return;
  for (const { path, name } of nameable) {
    if (name === undefined) {
      push(
        violations,
        path,
        "required",
        "other parameters are named; WhatsApp takes all named or all positional",
      );
    }
  }
}

type MediaParameter = Extract<TemplateParameter, { type: "image" | "video" | "document" }>;

function compileMediaParameter(
  violations: LimitViolation[],
  path: string,
  parameter: MediaParameter,
): WhatsAppTemplateParameter {
  const media = compileMediaSource(violations, `${path}.source`, parameter.source);
  const filename = nonBlank(parameter.filename);
  if (parameter.type === "document") {
    return { type: "document", document: filename === undefined ? media : { ...media, filename } };
  }
  if (filename !== undefined) {
    push(violations, `${path}.filename`, "not_allowed", "WhatsApp takes a file name on documents only");
  }
  return parameter.type === "image" ? { type: "image", image: media } : { type: "video", video: media };
}

type LocationParameter = Extract<TemplateParameter, { type: "location" }>;

function compileLocationParameter(
  violations: LimitViolation[],
  path: string,
  parameter: LocationParameter,
): WhatsAppTemplateParameter {
  checkRange(violations, `${path}.latitude`, parameter.latitude, { platform: "WhatsApp", min: -90, max: 90 });
  checkRange(violations, `${path}.longitude`, parameter.longitude, {
    platform: "WhatsApp",
    min: -180,
    max: 180,
  });
  const name = nonBlank(parameter.name);
  const address = nonBlank(parameter.address);
  const location = {
    latitude: parameter.latitude,
    longitude: parameter.longitude,
    ...(name === undefined ? {} : { name }),
    ...(address === undefined ? {} : { address }),
  };
  return { type: "location", location };
}

function compileParameter(
  violations: LimitViolation[],
  component: Component,
  path: string,
  parameter: TemplateParameter,
): WhatsAppTemplateParameter {
  const named = (name: string | undefined) => (name === undefined ? {} : { parameter_name: name });
  switch (parameter.type) {
    case "text": {
      const max = component === "header" ? TEMPLATE_HEADER_TEXT_MAX : TEMPLATE_BODY_TEXT_MAX;
      checkParameterText(violations, `${path}.text`, parameter.text, max);
      return { type: "text", ...named(parameter.name), text: parameter.text };
    }
    case "currency": {
      const { fallback, code, amount1000 } = parameter;
      checkText(violations, `${path}.fallback`, fallback, { required: true });
      if (!CURRENCY_CODE.test(code)) {
        push(violations, `${path}.code`, "format", "needs an ISO 4217 code such as USD");
      }
      if (!Number.isSafeInteger(amount1000)) {
        push(violations, `${path}.amount1000`, "format", "needs a whole number, the amount times 1000");
      }
      const currency = { fallback_value: fallback, code, amount_1000: amount1000 };
      return { type: "currency", ...named(parameter.name), currency };
    }
    case "date_time": {
      checkText(violations, `${path}.fallback`, parameter.fallback, { required: true });
      const dateTime = { fallback_value: parameter.fallback };
      return { type: "date_time", ...named(parameter.name), date_time: dateTime };
    }
    case "location":
      return compileLocationParameter(violations, path, parameter);
    case "image":
    case "video":
    case "document":
      return compileMediaParameter(violations, path, parameter);
  }
}

/**
 * Header: at most one parameter, of type text (≤60), image, video, document or location. Body: text
 * (≤1024), currency or date_time. Text parameters may not be blank nor hold line breaks, tabs or runs
 * of more than four spaces.
 */
export function compileTemplateParameters(
  violations: LimitViolation[],
  component: Component,
  parameters: TemplateParameter[],
): WhatsAppTemplateParameter[] {
  if (component === "header") {
    checkCount(violations, "header", parameters.length, {
      platform: "WhatsApp",
      max: TEMPLATE_HEADER_PARAMETERS_MAX,
    });
  }
  checkNames(violations, component, parameters);
  return parameters.map((parameter, i) => {
    const path = `${component}[${i}]`;
    if (!ALLOWED[component].includes(parameter.type)) {
      push(
        violations,
        `${path}.type`,
        "not_allowed",
        `WhatsApp takes ${ALLOWED[component].join(", ")} in a template ${component}, not ${parameter.type}`,
      );
    }
    return compileParameter(violations, component, path, parameter);
  });
}
