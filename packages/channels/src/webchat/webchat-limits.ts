/** The web chat's own limits: generous, but real, so a message that would swamp the widget is refused. */

export const WEBCHAT = "Web chat";
export const TEXT_MAX = 4096;
export const CAPTION_MAX = 1024;
export const TITLE_MAX = 80;
export const DESCRIPTION_MAX = 200;
export const OPTION_ID_MAX = 256;
export const BUTTON_TEXT_MAX = 40;
export const HEADER_TEXT_MAX = 120;
export const FOOTER_MAX = 120;
/** Options shown inline as buttons; more need the list style. */
export const BUTTONS_MAX = 10;
export const OPTIONS_MAX = 100;
export const SECTIONS_MAX = 20;
export const CONTACTS_MAX = 20;
export const PRODUCTS_MAX = 30;
export const URL_MAX = 2000;
export const CARDS_MAX = 10;
export const CARD_BUTTONS_MAX = 3;
