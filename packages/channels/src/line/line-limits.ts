/**
 * LINE Messaging API limits, as named numbers (PLATFORMS.md D1, D2). Counts are "characters", which LINE
 * does not define: the checks hold both code points and UTF-16 units under each number.
 */

/** D1: messages in one reply or push call. */
export const MESSAGES_PER_CALL_MAX = 5;

/** D2: `text` of a text message. */
export const TEXT_MAX = 5000;
/** D2: `altText` of a template or Flex message (the notification and chat-list text). */
export const ALT_TEXT_MAX = 400;

/** D2: image, video and preview URLs (HTTPS). */
export const MEDIA_URL_MAX = 2000;
/** D2: a location message's `title` and `address` (both required by LINE). */
export const LOCATION_TITLE_MAX = 100;
export const LOCATION_ADDRESS_MAX = 100;

/** D2: `quickReply.items`. */
export const QUICK_REPLY_ITEMS_MAX = 13;
/** D2: an action's `label` on templates, quick replies and (held to the same number) Flex buttons. */
export const ACTION_LABEL_MAX = 20;
/** D2: a postback action's `data`, held in UTF-8 bytes so no reading of "characters" can exceed it. */
export const POSTBACK_DATA_MAX_BYTES = 300;
/** D2: a postback action's `displayText`. */
export const DISPLAY_TEXT_MAX = 300;
/** D2: a uri action's `uri`. */
export const URI_MAX = 1000;
/** D2: the schemes a uri action opens. */
export const URI_SCHEMES = ["http:", "https:", "line:", "tel:"] as const;

/** D2: buttons template `title`. */
export const BUTTONS_TITLE_MAX = 40;
/** D2: buttons template `text` without an image or title, and with either. */
export const BUTTONS_TEXT_MAX = 160;
export const BUTTONS_TEXT_WITH_IMAGE_OR_TITLE_MAX = 60;
/** D2: buttons template `actions`. */
export const BUTTONS_ACTIONS_MAX = 4;

/** D2: confirm template `text`. */
export const CONFIRM_TEXT_MAX = 240;
/** D2: a confirm template holds exactly two actions. */
export const CONFIRM_ACTIONS = 2;

/** D2: carousel template `columns`. */
export const CAROUSEL_COLUMNS_MAX = 10;
/** D2: carousel column `title`. */
export const CAROUSEL_TITLE_MAX = 40;
/** D2: carousel column `text` without an image or title, and with either. */
export const CAROUSEL_TEXT_MAX = 120;
export const CAROUSEL_TEXT_WITH_IMAGE_OR_TITLE_MAX = 60;
/** D2: actions of each carousel column (every column the same number). */
export const CAROUSEL_ACTIONS_MAX = 3;

/** D2: bubbles of a Flex carousel. */
export const FLEX_BUBBLES_MAX = 12;
/** Ours, not LINE's: options shown as buttons in one Flex bubble before the next bubble starts. */
export const FLEX_OPTIONS_PER_BUBBLE = 10;

/**
 * D1: LINE guarantees a reply token for about a minute after the event; held a little shorter so a reply
 * sent near the end does not arrive after it (PLATFORMS.md E17).
 */
export const REPLY_TOKEN_MAX_AGE_MS = 50_000;
