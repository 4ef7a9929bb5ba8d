/** What the widget receives from the server: the thread's items and the session. */
import type { WebchatMessage } from "@switchboard/channels";

export type { WebchatMessage };
export type ChoicesMessage = Extract<WebchatMessage, { type: "choices" }>;

export interface WidgetItem {
  id: string;
  direction: "in" | "out";
  providerId: string | null;
  status: string;
  at: number;
  message: WebchatMessage;
}

export interface ContinueTarget {
  accountId: string;
  channel: string;
  name: string;
}

export interface WidgetSession {
  visitorToken: string;
  visitorId: string;
  name: string;
  continueOn: ContinueTarget[];
}

/** What the visitor does: a text, a tap on an option, or their location. */
export type VisitorMessage =
  | { kind: "text"; text: string }
  | { kind: "choice"; via: "button" | "list"; optionId: string; title: string }
  | { kind: "location"; latitude: number; longitude: number };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** The server's JSON is checked where it comes in: an item needs its id, side and a typed message. */
export function isWidgetItem(value: unknown): value is WidgetItem {
  return (
    isObject(value) &&
    typeof value.id === "string" &&
    (value.direction === "in" || value.direction === "out") &&
    isObject(value.message) &&
    typeof value.message.type === "string"
  );
}

export function isWidgetSession(value: unknown): value is WidgetSession {
  return (
    isObject(value) &&
    typeof value.visitorToken === "string" &&
    typeof value.name === "string" &&
    Array.isArray(value.continueOn)
  );
}

/** The items of a history answer; anything malformed is left out. */
export function itemsOf(value: unknown): WidgetItem[] {
  return isObject(value) && Array.isArray(value.items) ? value.items.filter(isWidgetItem) : [];
}

export function urlOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.url === "string" ? value.url : undefined;
}
