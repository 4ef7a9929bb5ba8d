/**
 * The small view model a native payload becomes for the per-channel preview, and the guards that read
 * the server's untyped JSON into it (a payload the guards do not recognise becomes an "other" bubble).
 */

/** What the platform shows: the names follow the platforms' own words. */
export type PreviewForm =
  | "text"
  | "quick_replies"
  | "button_template"
  | "generic_template"
  | "media"
  | "buttons"
  | "confirm"
  | "carousel"
  | "flex"
  | "location"
  | "media_carousel"
  | "reply_buttons"
  | "cta_url"
  | "list"
  | "card_carousel"
  | "contacts"
  | "reaction"
  | "location_request"
  | "product"
  | "card"
  | "other";

/** One card (or a plain bubble): an optional title and image, lines of text, then buttons. */
export interface PreviewCard {
  title?: string;
  imageUrl?: string;
  lines: string[];
  buttons: string[];
}

/** One message as the customer receives it: one card, or several side by side, and quick reply chips. */
export interface PreviewBubble {
  form: PreviewForm;
  cards: PreviewCard[];
  quickReplies: string[];
}

export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The string at `key`, or undefined when absent, blank or not a string. */
export function stringAt(value: Json, key: string): string | undefined {
  const found = value[key];
  return typeof found === "string" && found !== "" ? found : undefined;
}

/** The objects of the array at `key` (anything else in it is skipped). */
export function recordsAt(value: Json, key: string): Json[] {
  const found = value[key];
  return Array.isArray(found) ? found.filter(isRecord) : [];
}

/** The object at `key`, or an empty one. */
export function recordAt(value: Json, key: string): Json {
  const found = value[key];
  return isRecord(found) ? found : {};
}

/** A card with only the fields that have a value. */
export function card(parts: {
  title?: string | undefined;
  imageUrl?: string | undefined;
  lines?: (string | undefined)[];
  buttons?: (string | undefined)[];
}): PreviewCard {
  const present = (items: (string | undefined)[] = []) =>
    items.filter((item): item is string => item !== undefined);
  return {
    ...(parts.title === undefined ? {} : { title: parts.title }),
    ...(parts.imageUrl === undefined ? {} : { imageUrl: parts.imageUrl }),
    lines: present(parts.lines),
    buttons: present(parts.buttons),
  };
}
