/** The webhook message object (PLATFORMS.md A7.4) for what a customer does on the phone page. */
import { z } from "zod";

const contextId = z.string().min(1);

export const customerMessageSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("text"), text: z.string().min(1).max(4096) }),
  z.strictObject({
    type: z.literal("button_reply"),
    id: z.string().min(1),
    title: z.string().min(1),
    contextId,
  }),
  z.strictObject({
    type: z.literal("list_reply"),
    id: z.string().min(1),
    title: z.string().min(1),
    description: z.string().optional(),
    contextId,
  }),
  z.strictObject({
    type: z.literal("location"),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    name: z.string().optional(),
    address: z.string().optional(),
    contextId: contextId.optional(),
  }),
  z.strictObject({ type: z.literal("button"), payload: z.string(), text: z.string().min(1), contextId }),
  z.strictObject({ type: z.literal("reaction"), messageId: z.string().min(1), emoji: z.string().max(16) }),
  z.strictObject({
    type: z.enum(["image", "video", "audio", "document", "sticker"]),
    mimeType: z.string().min(3),
    dataBase64: z.string().min(1),
    caption: z.string().max(1024).optional(),
    filename: z.string().max(240).optional(),
    contextId: contextId.optional(),
  }),
]);

export type CustomerMessage = z.infer<typeof customerMessageSchema>;

/** A medium the customer sent, already stored, to reference from the webhook. */
export interface InboundMedia {
  id: string;
  mimeType: string;
  sha256: string;
  url: string;
}

export interface InboundContext {
  waId: string;
  wamid: string;
  /** Unix seconds. */
  timestamp: number;
  /** The business number as digits: `context.from`. */
  businessNumber: string;
  media?: InboundMedia;
}

export function buildInboundMessage(message: CustomerMessage, at: InboundContext): Record<string, unknown> {
  const out: Record<string, unknown> = { from: at.waId, id: at.wamid, timestamp: String(at.timestamp) };
  const quote = (id: string | undefined) => {
    if (id !== undefined) out.context = { from: at.businessNumber, id };
  };
  switch (message.type) {
    case "text":
      Object.assign(out, { type: "text", text: { body: message.text } });
      break;
    case "button_reply":
      quote(message.contextId);
      Object.assign(out, {
        type: "interactive",
        interactive: { type: "button_reply", button_reply: { id: message.id, title: message.title } },
      });
      break;
    case "list_reply": {
      quote(message.contextId);
      const reply = {
        id: message.id,
        title: message.title,
        ...(message.description === undefined ? {} : { description: message.description }),
      };
      Object.assign(out, { type: "interactive", interactive: { type: "list_reply", list_reply: reply } });
      break;
    }
    case "location": {
      quote(message.contextId);
      const { type: _type, contextId: _context, ...location } = message;
      Object.assign(out, { type: "location", location });
      break;
    }
    case "button":
      quote(message.contextId);
      Object.assign(out, { type: "button", button: { payload: message.payload, text: message.text } });
      break;
    case "reaction":
      Object.assign(out, {
        type: "reaction",
        reaction: { message_id: message.messageId, emoji: message.emoji },
      });
      break;
    default: {
      quote(message.contextId);
      const media = at.media;
      const content: Record<string, unknown> = {
        ...(message.caption === undefined ? {} : { caption: message.caption }),
        ...(message.type === "document" && message.filename !== undefined
          ? { filename: message.filename }
          : {}),
        mime_type: media?.mimeType ?? message.mimeType,
        sha256: media?.sha256,
        id: media?.id,
        url: media?.url,
      };
      if (message.type === "audio") content.voice = false;
      if (message.type === "sticker") content.animated = false;
      Object.assign(out, { type: message.type, [message.type]: content });
    }
  }
  return out;
}
