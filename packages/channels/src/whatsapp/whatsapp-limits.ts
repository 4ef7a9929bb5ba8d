/**
 * WhatsApp Cloud API limits, as named numbers. Counts are "characters", which Meta does not define:
 * the checks hold both code points and UTF-16 units under each number (PLATFORMS.md, general rules).
 */

/** A2: `text.body`. */
export const TEXT_BODY_MAX = 4096;
/** A2: `caption` of an image, video or document (audio and stickers take none). */
export const MEDIA_CAPTION_MAX = 1024;

/** A3.1: text header of any interactive subtype. */
export const INTERACTIVE_HEADER_TEXT_MAX = 60;
/** A3.1: `footer.text` of any interactive subtype. */
export const INTERACTIVE_FOOTER_MAX = 60;
/** A3.1: body of reply buttons, cta_url, flow, location request, product and product_list. */
export const INTERACTIVE_BODY_MAX = 1024;
/** A3.1: body of a list (current docs; reply-button bodies stay at 1024, PLATFORMS.md E7). */
export const LIST_BODY_MAX = 4096;

/** A3.1: reply buttons per message. */
export const REPLY_BUTTONS_MIN = 1;
export const REPLY_BUTTONS_MAX = 3;
/** A3.1: `reply.id`. */
export const REPLY_BUTTON_ID_MAX = 256;
/** A3.1: `reply.title`. */
export const REPLY_BUTTON_TITLE_MAX = 20;

/** A3.1: the label of the button that opens a list. */
export const LIST_BUTTON_MAX = 20;
/** A3.1: sections of a list and of a product_list. */
export const SECTIONS_MIN = 1;
export const SECTIONS_MAX = 10;
/** A3.1: section `title` of a list or product_list. */
export const SECTION_TITLE_MAX = 24;
/** A3.1 and E7: rows of a list, counted across all sections together. */
export const LIST_ROWS_TOTAL_MAX = 10;
/** A3.1: rows in each list section. */
export const LIST_SECTION_ROWS_MIN = 1;
/** A3.1: a list row `id`. */
export const LIST_ROW_ID_MAX = 200;
/** A3.1: a list row `title`. */
export const LIST_ROW_TITLE_MAX = 24;
/** A3.1: a list row `description`. */
export const LIST_ROW_DESCRIPTION_MAX = 72;

/** A3.1: `display_text` of the cta_url button. */
export const CTA_DISPLAY_TEXT_MAX = 20;
/** A3.1: cards of a media carousel. */
export const CAROUSEL_CARDS_MIN = 2;
export const CAROUSEL_CARDS_MAX = 10;
/** A3.1: a carousel card's body, and the line breaks it may hold. */
export const CAROUSEL_CARD_BODY_MAX = 160;
export const CAROUSEL_CARD_LINE_BREAKS_MAX = 2;

/** A3.1: `flow_cta` (advised maximum; E5 lists it among the limits Meta enforces). */
export const FLOW_CTA_MAX = 30;
/** A3.1: the only `flow_message_version` documented. */
export const FLOW_MESSAGE_VERSION = "3";

/** A3.1: products of a product_list, counted across all sections together. */
export const PRODUCT_LIST_ITEMS_MAX = 30;
/** A3.1: products in each product_list section. */
export const PRODUCT_LIST_SECTION_ITEMS_MIN = 1;

/** A5.1: template `name` length. */
export const TEMPLATE_NAME_MAX = 512;
/** Template names: lowercase letters, digits and underscores (A5.1). */
export const TEMPLATE_NAME_PATTERN = /^[a-z0-9_]+$/;
/** Meta's template language codes: `en`, `en_US`, `zh_TW`, `fil`… (A5.1). */
export const TEMPLATE_LANGUAGE_PATTERN = /^[a-z]{2,3}(_[A-Z]{2})?$/;
/** A5.2: parameters in the one template header (text headers take at most one). */
export const TEMPLATE_HEADER_PARAMETERS_MAX = 1;
/** A5.2: text of a template header, so also of its one text parameter. */
export const TEMPLATE_HEADER_TEXT_MAX = 60;
/** A5.2: template body text, so also of each body text parameter. */
export const TEMPLATE_BODY_TEXT_MAX = 1024;
/** A5.2: buttons in a template, so the button `index` runs from 0 to 9. */
export const TEMPLATE_BUTTONS_MAX = 10;
/** A5.2: the coupon code of a COPY_CODE button. */
export const TEMPLATE_COUPON_CODE_MAX = 15;
/**
 * Template text parameters may not hold a new line, a tab or more than this many spaces in a row; Meta
 * answers error 100 "Param text cannot have new-line/tab characters or more than 4 consecutive spaces".
 * Not in PLATFORMS.md yet: https://github.com/netflie/whatsapp-cloud-api/issues/201
 */
export const TEMPLATE_PARAMETER_SPACES_RUN_MAX = 4;
