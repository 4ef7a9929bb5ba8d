/**
 * What the LINE parser gives: the neutral events, each with what LINE adds (its dedupe id, the
 * redelivery flag, the chat to push to, the reply token), and `unsend`, which the neutral model has no
 * word for yet.
 */
import type {
  InboundEvent,
  InboundMessageEvent,
  InboundSender,
  OtherEvent,
  PostbackEvent,
  StatusEvent,
  SubscriptionEvent,
} from "@switchboard/core";

/** Where an event happened (D3 `source`). */
export type LineSource =
  | { type: "user"; userId: string }
  | { type: "group"; groupId: string; userId?: string }
  | { type: "room"; roomId: string; userId?: string };

/** A reply token and when LINE issued it; usable once, for about a minute (D1). */
export interface LineReplyToken {
  token: string;
  /** The event's `timestamp` (epoch ms): a redelivered event's token is as old as the event. */
  issuedAt: number;
}

/** What LINE adds to every event. */
export interface LineEventContext {
  /** `webhookEventId` (a ULID): the same on every redelivery of the event. */
  webhookEventId: string;
  /** `deliveryContext.isRedelivery`: LINE sent this event before and is sending it again. */
  isRedelivery: boolean;
  /** `standby` while another channel (a module) answers the chat: no reply token then, do not answer. */
  mode: "active" | "standby";
  source: LineSource | undefined;
  /** Where a push answers: the user in a one-to-one chat, else the group or room; undefined when unknown. */
  chatId: string | undefined;
  /** On replyable events (message, postback, follow, join…) in active mode. */
  replyToken?: LineReplyToken;
}

/** The customer took back (`unsend`) one of their messages; the neutral model has no word for it yet. */
export interface LineUnsendEvent {
  type: "unsend";
  channel: "line";
  /** The bot's user id (`destination`). */
  accountExternalId: string;
  sender: InboundSender;
  /** Epoch milliseconds, from LINE. */
  timestamp: number;
  /** The message taken back. */
  providerMessageId: string;
  line: LineEventContext;
  raw: unknown;
}

export type LineInboundEvent =
  | (InboundMessageEvent & { line: LineEventContext })
  | (PostbackEvent & { line: LineEventContext })
  | (SubscriptionEvent & {
      line: LineEventContext;
      /** A follow that ends a block (`follow.isUnblocked`). */
      unblocked: boolean;
    })
  | (StatusEvent & { line: LineEventContext })
  | (OtherEvent & { line: LineEventContext })
  | LineUnsendEvent;

/**
 * The neutral event for a LINE event: neutral ones as they are (the `line` part stays on them), an
 * `unsend` as an `other` event named `unsend`.
 */
export function toNeutralLineEvent(event: LineInboundEvent): InboundEvent {
  if (event.type !== "unsend") return event;
  const unsend: OtherEvent & { line: LineEventContext } = {
    type: "other",
    channel: "line",
    accountExternalId: event.accountExternalId,
    field: "unsend",
    line: event.line,
    raw: event.raw,
  };
  return unsend;
}
