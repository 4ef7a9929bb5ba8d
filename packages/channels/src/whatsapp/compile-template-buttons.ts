/** Compiles the button parameters of a template (quick reply payloads, URL suffixes, coupon codes; A5.5). */
import type { LimitViolation, TemplateButtonParameter } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkRange } from "../limits/check-range.js";
import { checkUnique } from "../limits/check-unique.js";
import { checkText } from "./check-text.js";
import type { WhatsAppTemplateComponent } from "./compiled-body.js";
import { TEMPLATE_BUTTONS_MAX, TEMPLATE_COUPON_CODE_MAX } from "./whatsapp-limits.js";

function compileButton(
  violations: LimitViolation[],
  path: string,
  button: TemplateButtonParameter,
): WhatsAppTemplateComponent {
  checkRange(violations, `${path}.index`, button.index, {
    platform: "WhatsApp",
    min: 0,
    max: TEMPLATE_BUTTONS_MAX - 1,
    integer: true,
  });
  switch (button.type) {
    case "quick_reply":
      checkText(violations, `${path}.payload`, button.payload, { required: true });
      return {
        type: "button",
        sub_type: "quick_reply",
        index: String(button.index),
        parameters: [{ type: "payload", payload: button.payload }],
      };
    case "url":
      checkText(violations, `${path}.text`, button.text, { required: true });
      return {
        type: "button",
        sub_type: "url",
        index: String(button.index),
        parameters: [{ type: "text", text: button.text }],
      };
    case "copy_code":
      checkText(violations, `${path}.code`, button.code, { required: true, max: TEMPLATE_COUPON_CODE_MAX });
      return {
        type: "button",
        sub_type: "COPY_CODE",
        index: button.index,
        parameters: [{ type: "coupon_code", coupon_code: button.code }],
      };
  }
}

/**
 * One `button` component per parameter. At most 10, each `index` a distinct position 0–9; payloads and
 * URL suffixes required, coupon codes required ≤15.
 */
export function compileTemplateButtons(
  violations: LimitViolation[],
  buttons: TemplateButtonParameter[],
): WhatsAppTemplateComponent[] {
  checkCount(violations, "buttons", buttons.length, { platform: "WhatsApp", max: TEMPLATE_BUTTONS_MAX });
  checkUnique(
    violations,
    buttons.map((button, i) => ({ path: `buttons[${i}].index`, value: String(button.index) })),
    { platform: "WhatsApp", what: "button indexes" },
  );
  return buttons.map((button, i) => compileButton(violations, `buttons[${i}]`, button));
}
