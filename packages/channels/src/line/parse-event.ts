/** One LINE webhook event (D3) → the LINE inbound event it is, with what LINE adds to every event. */
import { z } from "zod";
import type { InboundSender } from "@switchboard/core";
import { readChoicePostback } from "./choice-postback.js";
import type { LineEventContext, LineInboundEvent, LineSource } from "./line-inbound-event.js";
import { parseLineMessageContent } from "./parse-message-content.js";

const Id = z.string().min(1);
const SourceSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("user"), userId: Id }),
  z.object({ type: z.literal("group"), groupId: Id, userId: Id.optional().catch(undefined) }),
  z.object({ type: z.literal("room"), roomId: Id, userId: Id.optional().catch(undefined) }),
]);
const EventSchema = z.object({
  type: Id,
  timestamp: z.number().finite(),
  webhookEventId: Id,
  mode: z.enum(["active", "standby"]).catch("active"),
  deliveryContext: z.object({ isRedelivery: z.boolean() }).optional().catch(undefined),
  source: SourceSchema.optional().catch(undefined),
  replyToken: Id.optional().catch(undefined),
});
const MessagePart = z.object({
  message: z.looseObject({ id: Id, type: Id, quotedMessageId: Id.optional().catch(undefined) }),
});
const PostbackPart = z.object({
  postback: z.object({
    data: z.string(),
    params: z.record(z.string(), z.string()).optional().catch(undefined),
  }),
});
const FollowPart = z.object({
  follow: z.object({ isUnblocked: z.boolean() }).optional().catch(undefined),
});
const UnsendPart = z.object({ unsend: z.object({ messageId: Id }) });
const DeliveryPart = z.object({ delivery: z.object({ data: Id }) });

function chatIdOf(source: LineSource | undefined): string | undefined {
  if (source === undefined) return undefined;
  if (source.type === "user") return source.userId;
  return source.type === "group" ? source.groupId : source.roomId;
}

/**
 * Undefined when the event lacks its type, timestamp or `webhookEventId`. `message` events become
 * neutral messages (id: the LINE message id); a postback carrying one of our choice taps becomes a
 * neutral `choice_reply` message (id: the `webhookEventId`, since postbacks have no message id), any
 * other postback (rich menu, date or time picker) a `postback` event with its `data` as payload and
 * its `params`; follow / unfollow a `subscription` (subscribed / unsubscribed); `unsend` an `unsend`; the
 * LINE notification message `delivery` event a `delivered` status whose id is its `delivery.data` (the
 * `X-Line-Delivery-Tag` sent with it, or a hashed phone number). Every other type, and a known type
 * without its fields, becomes `other` named by its type.
 */
export function parseLineEvent(item: unknown, destination: string): LineInboundEvent | undefined {
  const parsed = EventSchema.safeParse(item);
  if (!parsed.success) return undefined;
  const event = parsed.data;
  const line: LineEventContext = {
    webhookEventId: event.webhookEventId,
    isRedelivery: event.deliveryContext?.isRedelivery ?? false,
    mode: event.mode,
    source: event.source,
    chatId: chatIdOf(event.source),
    ...(event.replyToken === undefined
      ? {}
      : { replyToken: { token: event.replyToken, issuedAt: event.timestamp } }),
  };
  const common: Common = {
    channel: "line",
    accountExternalId: destination,
    line,
    sender: { externalId: event.source?.userId ?? "" },
    timestamp: event.timestamp,
    raw: item,
  };
  const typed = parseTyped(event.type, item, common);
  if (typed !== undefined) return typed;
  return {
    type: "other",
    channel: "line",
    accountExternalId: destination,
    field: event.type,
    line,
    raw: item,
  };
}

/** What every LINE event shares, in the neutral events' words. */
interface Common {
  channel: "line";
  accountExternalId: string;
  line: LineEventContext;
  sender: InboundSender;
  timestamp: number;
  raw: unknown;
}

/** The event of a known type; undefined for other types and for known ones missing their fields. */
function parseTyped(type: string, item: unknown, common: Common): LineInboundEvent | undefined {
  const providerEventId = common.line.webhookEventId;
  switch (type) {
    case "message":
      return parseMessage(item, common);
    case "postback":
      return parsePostback(item, common);
    case "follow":
    case "unfollow": {
      const unblocked = FollowPart.safeParse(item).data?.follow?.isUnblocked ?? false;
      const change = type === "follow" ? "subscribed" : "unsubscribed";
      return { type: "subscription", ...common, providerEventId, change, unblocked };
    }
    case "unsend": {
      const part = UnsendPart.safeParse(item);
      return part.success
        ? { type: "unsend", ...common, providerMessageId: part.data.unsend.messageId }
        : undefined;
    }
    case "delivery": {
      const part = DeliveryPart.safeParse(item);
      if (!part.success) return undefined;
      const { sender, ...rest } = common;
      return {
        type: "status",
        ...rest,
        providerMessageId: part.data.delivery.data,
        status: "delivered",
        recipientExternalId: sender.externalId,
        errors: [],
      };
    }
    default:
      return undefined;
  }
}

function parseMessage(item: unknown, common: Common): LineInboundEvent | undefined {
  const part = MessagePart.safeParse(item);
  if (!part.success) return undefined;
  const { id, type, quotedMessageId } = part.data.message;
  return {
    type: "message",
    ...common,
    providerMessageId: id,
    content: parseLineMessageContent(id, type, part.data.message),
    ...(quotedMessageId === undefined ? {} : { context: { replyToProviderId: quotedMessageId } }),
  };
}

function parsePostback(item: unknown, common: Common): LineInboundEvent | undefined {
  const part = PostbackPart.safeParse(item);
  if (!part.success) return undefined;
  const { data, params } = part.data.postback;
  const choice = readChoicePostback(data);
  if (choice === undefined) {
    return {
      type: "postback",
      ...common,
      providerEventId: common.line.webhookEventId,
      payload: data,
      ...(params === undefined ? {} : { params }),
    };
  }
  return {
    type: "message",
    ...common,
    providerMessageId: common.line.webhookEventId,
    content: { kind: "choice_reply", via: "button", optionId: choice.optionId, title: choice.title },
  };
}
