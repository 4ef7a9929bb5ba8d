/**
 * Template limits of PLATFORMS.md A5.1–A5.2 not already in `../whatsapp-limits.ts`, as named numbers.
 * Lengths are checked as both code points and UTF-16 units.
 */
import type { TemplateButtonType } from "./template-definition-schema.js";

/** A5.2: `FOOTER` text. */
export const TEMPLATE_FOOTER_TEXT_MAX = 60;
/** A5.2: `text` of a quick-reply, URL, phone-number, flow or OTP button. */
export const TEMPLATE_BUTTON_TEXT_MAX = 25;
/** A5.2: `url` of a URL button. */
export const TEMPLATE_BUTTON_URL_MAX = 2000;
/** A5.2: `phone_number` of a phone-number button. */
export const TEMPLATE_PHONE_NUMBER_MAX = 20;

/** A5.2: buttons of each type a template may hold (the total is `TEMPLATE_BUTTONS_MAX`). */
export const TEMPLATE_BUTTONS_PER_TYPE_MAX: Readonly<Partial<Record<TemplateButtonType, number>>> = {
  quick_reply: 10,
  url: 2,
  phone_number: 1,
  copy_code: 1,
  otp: 1,
};

/** A5.1: variables in a text header. */
export const TEMPLATE_HEADER_VARIABLES_MAX = 1;
/**
 * A5.2 `code_expiration_minutes` of an authentication template. The bounds are Meta's (1–90), not yet
 * in PLATFORMS.md: https://developers.facebook.com/docs/whatsapp/business-management-api/authentication-templates
 */
export const TEMPLATE_CODE_EXPIRATION_MINUTES: Readonly<{ min: number; max: number }> = { min: 1, max: 90 };
