/** Typed calls to the simulator's control API. Paths are relative to the page's URL, i.e. the mount point. */
import { fields, isDefined, items, num, text } from "./payload-fields.js";

const CONTROL_API = "_sim/api/";

export interface Business {
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string;
  name: string;
  /** Present when the control API shares it; used to fetch uploaded media and template definitions. */
  accessToken: string | undefined;
}

export interface Customer {
  waId: string;
  name: string;
}

/** "in" = from the customer to the business, "out" = from the business (the Graph API's point of view). */
export type Direction = "in" | "out";

export interface ChatItem {
  seq: number;
  wamid: string;
  direction: Direction;
  /** ISO date or epoch (seconds or milliseconds), whichever the server stores. */
  at: string | number;
  type: string;
  /** Graph API request body for business messages; webhook message object for customer messages. */
  payload: unknown;
  /** Business: accepted → sent → delivered → read, or failed. Customer: pending → delivered → read, or failed. */
  status: string | undefined;
  /** Why the message failed, when it did. */
  error: ChatItemError | undefined;
  /** For templates: the approved text with its parameters filled in, when the server knows the template. */
  rendered: unknown;
}

export interface ChatItemError {
  code: number | undefined;
  title: string;
  details: string;
}

/** What the customer can send; the server turns it into a signed webhook. */
export type CustomerMessage =
  | { type: "text"; text: string }
  | { type: "button_reply"; id: string; title: string; contextId: string }
  | { type: "list_reply"; id: string; title: string; description?: string; contextId: string }
  | {
      type: "location";
      latitude: number;
      longitude: number;
      name?: string;
      address?: string;
      contextId?: string;
    }
  | { type: "button"; payload: string; text: string; contextId: string }
  | { type: "reaction"; messageId: string; emoji: string }
  | {
      type: "image" | "video" | "audio" | "document" | "sticker";
      mimeType: string;
      dataBase64: string;
      caption?: string;
      filename?: string;
      contextId?: string;
    };

export interface SendResult {
  wamid: string;
  /** The business's answer to the webhook: an HTTP status, or "failed: <reason>". */
  webhookStatus: string | number | undefined;
  /** False when the business did not answer the webhook with a 2xx. */
  webhookOk: boolean;
}

export class ControlApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "ControlApiError";
  }
}

export async function listBusinesses(): Promise<Business[]> {
  const body = fields(await call("businesses"));
  return items(body.items).map(toBusiness).filter(isDefined);
}

export async function listCustomers(): Promise<Customer[]> {
  const body = fields(await call("customers"));
  return items(body.items).map(toCustomer).filter(isDefined);
}

export async function createCustomer(customer: Customer): Promise<Customer> {
  const body = fields(await call("customers", { method: "POST", body: JSON.stringify(customer) }));
  return toCustomer(body.customer) ?? customer;
}

export async function sendAsCustomer(
  waId: string,
  phoneNumberId: string,
  message: CustomerMessage,
): Promise<SendResult> {
  const path = `customers/${encodeURIComponent(waId)}/send`;
  const body = fields(await call(path, { method: "POST", body: JSON.stringify({ phoneNumberId, message }) }));
  const webhook = fields(body.webhook);
  const status =
    typeof webhook.status === "number" || typeof webhook.status === "string" ? webhook.status : undefined;
  const ok =
    typeof webhook.ok === "boolean"
      ? webhook.ok
      : typeof status === "number" && status >= 200 && status < 300;
  return { wamid: text(body.wamid) ?? "", webhookStatus: status, webhookOk: ok };
}

/** Both directions in order; with `after`, only items whose seq is greater. */
export async function loadChat(phoneNumberId: string, waId: string, after?: number): Promise<ChatItem[]> {
  const query = after === undefined ? "" : `?after=${after}`;
  const path = `chats/${encodeURIComponent(phoneNumberId)}/${encodeURIComponent(waId)}${query}`;
  const body = fields(await call(path));
  return items(body.items).map(toChatItem).filter(isDefined);
}

/** The customer opens the chat: the business's sent and delivered messages become read (with webhooks). */
export async function markChatRead(phoneNumberId: string, waId: string): Promise<void> {
  await call(`chats/${encodeURIComponent(phoneNumberId)}/${encodeURIComponent(waId)}/read`, {
    method: "POST",
    body: "{}",
  });
}

/** The URL of the server-sent events stream. */
export const EVENTS_URL = `${CONTROL_API}events`;

async function call(path: string, init: RequestInit = {}): Promise<unknown> {
  const headers: HeadersInit = init.body === undefined ? {} : { "content-type": "application/json" };
  const response = await fetch(CONTROL_API + path, { ...init, headers, cache: "no-store" });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    throw new ControlApiError(
      response.status,
      errorMessage(body) ?? `${response.status} ${response.statusText}`,
    );
  }
  return body;
}

function errorMessage(body: unknown): string | undefined {
  const outer = fields(body);
  return text(outer.error) ?? text(fields(outer.error).message) ?? text(outer.message);
}

function toBusiness(value: unknown): Business | undefined {
  const f = fields(value);
  const phoneNumberId = text(f.phoneNumberId);
  if (phoneNumberId === undefined) return undefined;
  return {
    phoneNumberId,
    wabaId: text(f.wabaId) ?? "",
    displayPhoneNumber: text(f.displayPhoneNumber) ?? phoneNumberId,
    name: text(f.name) ?? phoneNumberId,
    accessToken: text(f.accessToken),
  };
}

function toCustomer(value: unknown): Customer | undefined {
  const f = fields(value);
  const waId = text(f.waId);
  return waId === undefined ? undefined : { waId, name: text(f.name) ?? waId };
}

/** A chat item from the control API or the event stream; undefined when the shape is not one. */
export function toChatItem(value: unknown): ChatItem | undefined {
  const f = fields(value);
  const seq = num(f.seq);
  const wamid = text(f.wamid);
  const direction = f.direction;
  if (seq === undefined || wamid === undefined || (direction !== "in" && direction !== "out"))
    return undefined;
  const at = typeof f.at === "number" || typeof f.at === "string" ? f.at : Date.now();
  return {
    seq,
    wamid,
    direction,
    at,
    type: text(f.type) ?? "unknown",
    payload: f.payload,
    status: text(f.status),
    error: toChatItemError(f.error),
    rendered: f.rendered,
  };
}

export function toChatItemError(value: unknown): ChatItemError | undefined {
  if (value === undefined || value === null) return undefined;
  const f = fields(value);
  return { code: num(f.code), title: text(f.title) ?? "Failed", details: text(f.details) ?? "" };
}
