/** Events from the simulator's stream (`_sim/api/events`), read into what the page reacts to. */
import { type ChatItem, type ChatItemError, toChatItem, toChatItemError } from "./api.js";
import { fields, num, text } from "./payload-fields.js";

export const EVENT_TYPES = [
  "chat.item",
  "chat.status",
  "chat.typing",
  "template.status",
  "business.updated",
  "customer.updated",
  "settings.updated",
] as const;

export type SimulatorEvent =
  | { type: "chat.item"; phoneNumberId: string; waId: string; item: ChatItem }
  | {
      type: "chat.status";
      phoneNumberId: string;
      waId: string;
      wamid: string;
      seq: number | undefined;
      status: string;
      error: ChatItemError | undefined;
    }
  | { type: "chat.typing"; phoneNumberId: string; waId: string }
  | { type: "template.status" | "business.updated" | "customer.updated" | "settings.updated" }
  /** Messenger, Instagram and LINE events (`channel.*`): never about the WhatsApp chat. */
  | { type: "channel" };

/** The event in `data` (JSON); `eventName` is the SSE event name, used when the JSON has no `type`. */
export function parseSimulatorEvent(data: string, eventName: string): SimulatorEvent | undefined {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return undefined;
  }
  const f = fields(json);
  const type = text(f.type) ?? eventName;
  const phoneNumberId = text(f.phoneNumberId) ?? "";
  const waId = text(f.waId) ?? "";
  switch (type) {
    case "chat.item": {
      const item = toChatItem(f.item);
      return item === undefined ? undefined : { type, phoneNumberId, waId, item };
    }
    case "chat.status": {
      const wamid = text(f.wamid);
      const status = text(f.status);
      if (wamid === undefined || status === undefined) return undefined;
      return { type, phoneNumberId, waId, wamid, seq: num(f.seq), status, error: toChatItemError(f.error) };
    }
    case "chat.typing":
      return { type, phoneNumberId, waId };
    case "template.status":
    case "business.updated":
    case "customer.updated":
    case "settings.updated":
      return { type };
    default:
      return type.startsWith("channel.") ? { type: "channel" } : undefined;
  }
}
