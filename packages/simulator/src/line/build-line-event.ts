/**
 * The webhook event (PLATFORMS.md D3) for what a LINE user does: send text, a sticker, a location or a
 * file, tap a postback action, add the account as a friend (follow) or block it (unfollow). Message,
 * postback and follow events carry a reply token.
 */
import { z } from "zod";
import type { LineUser } from "./line-channels.js";
import { newLineMessageId, newQuoteToken, newReplyToken, newUlid } from "./line-ids.js";

export const lineCustomerActionSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("text"),
    text: z.string().min(1).max(5000),
    quotedMessageId: z.string().min(1).optional(),
  }),
  z.strictObject({
    type: z.literal("postback"),
    data: z.string().max(300),
    /** What the chat shows as the user's message (the action's displayText); not sent as a message event. */
    displayText: z.string().max(300).optional(),
    params: z
      .strictObject({
        date: z.string().optional(),
        time: z.string().optional(),
        datetime: z.string().optional(),
      })
      .optional(),
  }),
  z.strictObject({ type: z.literal("follow") }),
  z.strictObject({ type: z.literal("unfollow") }),
  z.strictObject({ type: z.literal("sticker"), packageId: z.string().min(1), stickerId: z.string().min(1) }),
  z.strictObject({
    type: z.literal("location"),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    title: z.string().max(100).optional(),
    address: z.string().max(100).optional(),
  }),
  z.strictObject({
    type: z.enum(["image", "video", "audio", "file"]),
    mimeType: z.string().min(3),
    dataBase64: z.string().min(1),
    fileName: z.string().max(240).optional(),
  }),
]);

export type LineCustomerAction = z.infer<typeof lineCustomerActionSchema>;

export interface BuiltLineEvent {
  event: Record<string, unknown>;
  webhookEventId: string;
  /** The message id for message events; the webhook event id otherwise (the chat item's key). */
  itemId: string;
  replyToken: string | undefined;
  /** Bytes to keep for `GET /v2/bot/message/{id}/content`. */
  content?: { mimeType: string; data: Buffer };
}

export function buildLineEvent(action: LineCustomerAction, user: LineUser, now: number): BuiltLineEvent {
  const webhookEventId = newUlid(now);
  const base = {
    timestamp: now,
    source: { type: "user", userId: user.userId },
    webhookEventId,
    deliveryContext: { isRedelivery: false },
    mode: "active",
  };
  const replyToken = newReplyToken();
  const message = (content: Record<string, unknown>, extra: Partial<BuiltLineEvent> = {}): BuiltLineEvent => {
    const id = newLineMessageId();
    return {
      event: { type: "message", ...base, replyToken, message: { id, ...content } },
      webhookEventId,
      itemId: id,
      replyToken,
      ...extra,
    };
  };
  switch (action.type) {
    case "text":
      return message({
        type: "text",
        quoteToken: newQuoteToken(),
        text: action.text,
        ...(action.quotedMessageId === undefined ? {} : { quotedMessageId: action.quotedMessageId }),
      });
    case "sticker":
      return message({
        type: "sticker",
        quoteToken: newQuoteToken(),
        packageId: action.packageId,
        stickerId: action.stickerId,
        stickerResourceType: "STATIC",
        keywords: [],
      });
    case "location":
      return message({
        type: "location",
        ...pickDefined({ title: action.title, address: action.address }),
        latitude: action.latitude,
        longitude: action.longitude,
      });
    case "postback": {
      const postback = {
        data: action.data,
        ...(action.params === undefined ? {} : { params: action.params }),
      };
      return {
        event: { type: "postback", ...base, replyToken, postback },
        webhookEventId,
        itemId: webhookEventId,
        replyToken,
      };
    }
    case "follow":
      return {
        event: {
          type: "follow",
          ...base,
          replyToken,
          follow: { isUnblocked: user.friendship === "blocked" },
        },
        webhookEventId,
        itemId: webhookEventId,
        replyToken,
      };
    case "unfollow":
      return {
        event: { type: "unfollow", ...base },
        webhookEventId,
        itemId: webhookEventId,
        replyToken: undefined,
      };
    default: {
      const data = Buffer.from(action.dataBase64, "base64");
      const content: Record<string, unknown> = { type: action.type, quoteToken: newQuoteToken() };
      if (action.type === "file")
        Object.assign(content, { fileName: action.fileName ?? "file", fileSize: data.length });
      else content.contentProvider = { type: "line" };
      if (action.type === "audio" || action.type === "video") content.duration = 1000;
      if (action.type === "file") delete content.quoteToken;
      return message(content, { content: { mimeType: action.mimeType, data } });
    }
  }
}

function pickDefined(fields: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) out[key] = value;
  return out;
}
