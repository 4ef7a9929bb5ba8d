/**
 * Messenger Platform limits, as named numbers (PLATFORMS.md B1, B2, B6, B7). Counts are "characters",
 * which Meta does not define: the checks hold both code points and UTF-16 units under each number.
 */

/** B2: `message.text` (the Send API reference says 2000; marked unverified in PLATFORMS.md). */
export const TEXT_MAX = 2000;
/** B2: `text` of a button template. */
export const BUTTON_TEMPLATE_TEXT_MAX = 640;
/** B2: buttons of a button template and of each generic template element. */
export const BUTTONS_MIN = 1;
export const BUTTONS_MAX = 3;
/** B2: button `title` (postback, web_url); Meta truncates longer titles on screen, we refuse them. */
export const BUTTON_TITLE_MAX = 20;
/** B2: `payload` of a postback button and of a quick reply. */
export const PAYLOAD_MAX = 1000;
/** B2: `quick_replies` per message (old SDKs say 11; E13). */
export const QUICK_REPLIES_MIN = 1;
export const QUICK_REPLIES_MAX = 13;
/** B2: a quick reply `title`. */
export const QUICK_REPLY_TITLE_MAX = 20;
/** B2: `elements` of a generic template (more than one shows as a carousel). */
export const GENERIC_ELEMENTS_MIN = 1;
export const GENERIC_ELEMENTS_MAX = 10;
/** B2: element `title` and `subtitle` of a generic template. */
export const GENERIC_TITLE_MAX = 80;
export const GENERIC_SUBTITLE_MAX = 80;
/** The Send API `message.metadata` string, echoed back in `message_echoes`. */
export const METADATA_MAX = 1000;

/** B6: `get_started.payload`. */
export const GET_STARTED_PAYLOAD_MAX = 1000;
/** B6: greeting `text` (160, marked unverified in PLATFORMS.md). */
export const GREETING_TEXT_MAX = 160;
/** B6: `call_to_actions` of one persistent menu; nested menus are gone since Graph v8.0. */
export const PERSISTENT_MENU_ITEMS_MIN = 1;
export const PERSISTENT_MENU_ITEMS_MAX = 20;
/** B6: ice breaker questions per locale. */
export const ICE_BREAKERS_MIN = 1;
export const ICE_BREAKERS_MAX = 4;
/** B6: the `ref` of an m.me link. */
export const REF_MAX = 2083;

/** B7: a private reply must be sent within 7 days of the comment. */
export const PRIVATE_REPLY_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
