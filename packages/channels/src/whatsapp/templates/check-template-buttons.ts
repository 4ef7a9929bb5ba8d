/**
 * Checks the buttons of a template definition (PLATFORMS.md A5.2): counts in total and per type, the
 * grouping of quick replies, texts, URLs, phone numbers, coupon samples and the types each category takes.
 */
import type { LimitViolation } from "@switchboard/core";
import { checkCount } from "../../limits/check-count.js";
import { checkText, measureText } from "../check-text.js";
import { TEMPLATE_BUTTONS_MAX, TEMPLATE_COUPON_CODE_MAX } from "../whatsapp-limits.js";
import { findTemplateVariables } from "./find-template-variables.js";
import type { TemplateButton, TemplateCategory } from "./template-definition-schema.js";
import {
  TEMPLATE_BUTTON_TEXT_MAX,
  TEMPLATE_BUTTON_URL_MAX,
  TEMPLATE_BUTTONS_PER_TYPE_MAX,
  TEMPLATE_PHONE_NUMBER_MAX,
} from "./template-limits.js";

type UrlButton = Extract<TemplateButton, { type: "url" }>;

const PHONE_NUMBER = /^\+?[0-9]+$/;

/** Button types each category takes: copy_code is for marketing, otp for authentication only. */
const ALLOWED: Record<TemplateCategory, readonly TemplateButton["type"][]> = {
  marketing: ["quick_reply", "url", "phone_number", "copy_code", "flow"],
  utility: ["quick_reply", "url", "phone_number", "flow"],
  authentication: ["otp"],
};

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return value === value.trim() && (protocol === "http:" || protocol === "https:");
  } catch {
    return false;
  }
}

function checkUrlButton(violations: LimitViolation[], path: string, button: UrlButton): void {
  const urlPath = `${path}.url`;
  checkText(violations, urlPath, button.url, { required: true, max: TEMPLATE_BUTTON_URL_MAX });
  const variables = findTemplateVariables(button.url);
  const last = variables[variables.length - 1];
  if (button.url.trim() !== "" && !isHttpUrl(button.url.replace(/\{\{[^{}]*\}\}/g, "x"))) {
    const message = `${urlPath}: ${JSON.stringify(button.url)} is not an absolute http or https URL, which WhatsApp needs`;
    violations.push({ path: urlPath, rule: "format", message });
  }
  if (variables.length > 1 || (last !== undefined && (last.name !== "1" || last.end !== button.url.length))) {
    const message = `${urlPath}: WhatsApp allows one variable, {{1}}, and only at the very end of a button URL`;
    violations.push({ path: urlPath, rule: "variable_format", message });
  }
  const examplePath = `${path}.example`;
  if (last === undefined) {
    if (button.example !== undefined) {
      const message = `${examplePath}: the URL has no variable, so WhatsApp takes no example`;
      violations.push({ path: examplePath, rule: "not_allowed", message });
    }
    return;
  }
  checkText(violations, examplePath, button.example, { required: true });
  const { size } = measureText(button.url.slice(0, last.start) + (button.example ?? ""));
  if (size > TEMPLATE_BUTTON_URL_MAX) {
    const message = `${examplePath}: the URL with this example is ${size} characters, WhatsApp allows ${TEMPLATE_BUTTON_URL_MAX}`;
    violations.push({
      path: examplePath,
      rule: "max_length",
      message,
      limit: TEMPLATE_BUTTON_URL_MAX,
      actual: size,
    });
  }
}

function checkButton(violations: LimitViolation[], path: string, button: TemplateButton): void {
  const text = { required: true, max: TEMPLATE_BUTTON_TEXT_MAX };
  switch (button.type) {
    case "quick_reply":
      checkText(violations, `${path}.text`, button.text, text);
      return;
    case "url":
      checkText(violations, `${path}.text`, button.text, text);
      checkUrlButton(violations, path, button);
      return;
    case "phone_number": {
      checkText(violations, `${path}.text`, button.text, text);
      const phonePath = `${path}.phoneNumber`;
      checkText(violations, phonePath, button.phoneNumber, {
        required: true,
        max: TEMPLATE_PHONE_NUMBER_MAX,
      });
      if (button.phoneNumber.trim() !== "" && !PHONE_NUMBER.test(button.phoneNumber)) {
        const message = `${phonePath}: ${JSON.stringify(button.phoneNumber)} is not a phone number of digits with an optional leading +`;
        violations.push({ path: phonePath, rule: "format", message });
      }
      return;
    }
    case "copy_code":
      checkText(violations, `${path}.example`, button.example, {
        required: true,
        max: TEMPLATE_COUPON_CODE_MAX,
      });
      return;
    case "flow":
      checkText(violations, `${path}.text`, button.text, text);
      checkText(violations, `${path}.flowId`, button.flowId, { required: true });
      return;
    case "otp":
      checkText(violations, `${path}.text`, button.text, { max: TEMPLATE_BUTTON_TEXT_MAX });
      return;
  }
}

/** Quick replies and the other buttons must form two contiguous groups: QR,QR,URL ok; QR,URL,QR refused. */
function checkGrouping(violations: LimitViolation[], buttons: readonly TemplateButton[]): void {
  let groups = 0;
  buttons.forEach((button, i) => {
    const previous = i === 0 ? undefined : buttons[i - 1];
    const quickReply = button.type === "quick_reply";
    if (previous !== undefined && (previous.type === "quick_reply") === quickReply) return;
    groups += 1;
    if (groups !== 3) return;
    const path = `buttons[${i}]`;
    const message =
      `${path}: splits the ${quickReply ? "quick replies" : "other buttons"} in two; WhatsApp needs quick ` +
      "replies and other buttons in two contiguous groups (QR,QR,URL ok; QR,URL,QR refused)";
    violations.push({ path, rule: "button_grouping", message });
  });
}

/**
 * Checks every button of a template of `category`: at most 10, per type at most 10 quick replies, 2 URL,
 * 1 phone-number, 1 copy-code, 1 OTP; the types the category takes; each button's own fields.
 */
export function checkTemplateButtons(
  violations: LimitViolation[],
  category: TemplateCategory,
  buttons: readonly TemplateButton[],
): void {
  checkCount(violations, "buttons", buttons.length, { platform: "WhatsApp", max: TEMPLATE_BUTTONS_MAX });
  for (const [type, max] of Object.entries(TEMPLATE_BUTTONS_PER_TYPE_MAX)) {
    const count = buttons.filter((button) => button.type === type).length;
    checkCount(violations, "buttons", count, { platform: "WhatsApp", max, scope: `of type ${type}` });
  }
  buttons.forEach((button, i) => {
    const path = `buttons[${i}]`;
    if (!ALLOWED[category].includes(button.type)) {
      const message = `${path}.type: WhatsApp takes ${ALLOWED[category].join(", ")} buttons in ${category} templates, not ${button.type}`;
      violations.push({ path: `${path}.type`, rule: "category", message });
    }
    checkButton(violations, path, button);
  });
  checkGrouping(violations, buttons);
  if (category === "authentication" && buttons.filter((button) => button.type === "otp").length === 0) {
    const message = "buttons: authentication templates need one otp button";
    violations.push({ path: "buttons", rule: "required", message });
  }
}
