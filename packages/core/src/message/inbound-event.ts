/**
 * What a channel's webhook parser turns platform payloads into. Channel-neutral: the server and the
 * bot engine only ever see these. `raw` keeps the platform's item untouched (unknown fields included).
 */
import type { ContactCard, MediaType } from "./outbound-message.js";

export type ChannelKind = "whatsapp" | "messenger" | "instagram" | "line" | "webchat";

/** What a customer sent. */
export type InboundContent =
  | { kind: "text"; text: string }
  | {
      kind: "media";
      mediaType: MediaType;
      mediaId: string;
      mimeType?: string;
      sha256?: string;
      caption?: string;
      filename?: string;
      /** A short-lived download URL when the platform includes one. */
      url?: string;
      voice?: boolean;
      animated?: boolean;
    }
  | { kind: "location"; latitude: number; longitude: number; name?: string; address?: string; url?: string }
  | { kind: "contacts"; contacts: ContactCard[] }
  /** A tap on a reply button or a list row we sent. */
  | { kind: "choice_reply"; via: "button" | "list"; optionId: string; title: string; description?: string }
  /** A tap on a template quick-reply button. */
  | { kind: "template_button"; payload: string; text: string }
  /** A submitted WhatsApp Flow (or address message). */
  | { kind: "flow_reply"; name: string; body: string; responseJson: string }
  | { kind: "reaction"; targetMessageId: string; emoji: string }
  | {
      kind: "order";
      catalogId: string;
      text?: string;
      items: { productId: string; quantity: number; itemPrice: number; currency: string }[];
    }
  | { kind: "system"; systemType: string; body: string; newContactId?: string }
  /** The customer opened the chat for the first time (WhatsApp `request_welcome`). */
  | { kind: "welcome_request" }
  | { kind: "unsupported"; rawType: string; errors: PlatformErrorDetail[] };

export interface PlatformErrorDetail {
  code: number;
  title?: string;
  message?: string;
  details?: string;
}

/**
 * How the customer arrived: an ad, a post, or a link carrying a `ref` code. `sourceType` is the platform's
 * word (WhatsApp `ad` / `post`; Messenger `SHORTLINK` for an m.me link, `ADS`, `CUSTOMER_CHAT_PLUGIN`…)
 * and `sourceId` the ad or post id.
 */
export interface InboundReferral {
  sourceUrl?: string;
  sourceId?: string;
  sourceType?: string;
  headline?: string;
  body?: string;
  mediaType?: string;
  clickId?: string;
  /** Messenger/ref links: the `ref` code. */
  ref?: string;
}

export interface InboundSender {
  /** The platform's id for the person (WhatsApp `wa_id`, may be empty for username adopters). */
  externalId: string;
  /** Business-scoped user id, when the platform gives one. */
  scopedId?: string;
  displayName?: string;
}

export interface InboundMessageEvent {
  type: "message";
  channel: ChannelKind;
  /** Which of our channel accounts received it (WhatsApp `phone_number_id`). */
  accountExternalId: string;
  /** Provider message id, unique per channel account (WhatsApp `wamid`). */
  providerMessageId: string;
  sender: InboundSender;
  /** Unix epoch milliseconds, from the platform. */
  timestamp: number;
  content: InboundContent;
  context?: {
    replyToProviderId?: string;
    forwarded?: boolean;
    frequentlyForwarded?: boolean;
    referredProductId?: string;
    /**
     * An Instagram story the message is about: the customer mentioned the account in their story
     * (`mention`, the content is then a `system` message of type `story_mention`) or replied to one of
     * the account's stories (`reply`). Stories expire after 24 hours: keep the URL, never the media.
     */
    story?: { kind: "mention" | "reply"; id?: string; url?: string };
  };
  referral?: InboundReferral;
  raw: unknown;
}

export type DeliveryStatus = "sent" | "delivered" | "read" | "failed" | "played";

export interface StatusEvent {
  type: "status";
  channel: ChannelKind;
  accountExternalId: string;
  providerMessageId: string;
  status: DeliveryStatus;
  timestamp: number;
  recipientExternalId: string;
  errors: PlatformErrorDetail[];
  /** Echo of what we attached when sending (`biz_opaque_callback_data`). */
  callbackData?: string;
  pricingCategory?: string;
  raw: unknown;
}

/** An account-level error the platform pushed (not tied to one message). */
export interface AccountErrorEvent {
  type: "account_error";
  channel: ChannelKind;
  accountExternalId: string;
  errors: PlatformErrorDetail[];
  raw: unknown;
}

/**
 * A message template's review or quality status changed (WhatsApp `message_template_status_update`,
 * PLATFORMS.md A5.4). Addressed to the business account that owns templates (the WABA id).
 */
export interface TemplateStatusEvent {
  type: "template_status";
  channel: ChannelKind;
  accountExternalId: string;
  /** The platform's template id (a number in Meta's payload, kept as a string). */
  providerTemplateId: string;
  name: string;
  language: string;
  /** The platform's word, as sent: `APPROVED`, `REJECTED`, `PAUSED`, `DISABLED`, `REINSTATED`… */
  status: string;
  /** The platform's reason code (`INVALID_FORMAT`, …); undefined when it gave none or `NONE`. */
  reasonCode?: string;
  /** The platform's explanation: rejection reason and recommendation, pause or disable details. */
  reasonText?: string;
  /** Unix epoch milliseconds, from the platform, when it gave one. */
  timestamp?: number;
  raw: unknown;
}

/** Anything else the platform sent that we keep but do not act on yet (quality updates, etc.). */
export interface OtherEvent {
  type: "other";
  channel: ChannelKind;
  accountExternalId: string;
  field: string;
  raw: unknown;
}

/**
 * Every message we sent this customer up to a moment reached a status: Messenger's `read.watermark`
 * ("all messages sent before or at this timestamp were read") and deliveries that list no message ids.
 * The platform names no message, so the receiver applies `status` to each outbound message of this
 * account to `recipientExternalId` that the platform accepted at or before `watermark`, moving each
 * forward only. The watermark is the platform's clock: a message accepted within the same second as a
 * read may fall either side of it.
 */
export interface StatusWatermarkEvent {
  type: "status_watermark";
  channel: ChannelKind;
  accountExternalId: string;
  /** The customer whose copies of our messages this is about (Messenger PSID). */
  recipientExternalId: string;
  status: Extract<DeliveryStatus, "delivered" | "read">;
  /** Unix epoch milliseconds: messages accepted at or before it have reached `status`. */
  watermark: number;
  /** Unix epoch milliseconds, when the platform noticed. */
  timestamp: number;
  raw: unknown;
}

/**
 * A message the account itself sent, reported back by the platform (Messenger `message_echoes`,
 * Instagram `is_echo`): ours through the API, or typed by a person in the platform's own inbox. Its own
 * type so nothing mistakes it for the customer's message; the receiver skips echoes of what it sent
 * (`appId` is our app, or `providerMessageId` is known) and may store the others as outbound messages.
 */
export interface MessageEchoEvent {
  type: "echo";
  channel: ChannelKind;
  accountExternalId: string;
  /** The sent message's id, the same one the send call answered with. */
  providerMessageId: string;
  /** The customer it went to. */
  recipientExternalId: string;
  /** Unix epoch milliseconds, from the platform. */
  timestamp: number;
  content: InboundContent;
  /** The app that sent it; Meta's own inbox apps have ids too, so compare it with ours. */
  appId?: string;
  /** The `metadata` string the sender attached, when it attached one. */
  metadata?: string;
  raw: unknown;
}

/**
 * A tap that sends data back instead of text: a postback button, a persistent menu item, Get Started or
 * an ice breaker on Messenger and Instagram; a postback action on LINE. The receiver decides what the
 * payload means: the id of an option we offered (treat it as that choice's reply), a module to open, or
 * the Get Started payload the account set.
 */
export interface PostbackEvent {
  type: "postback";
  channel: ChannelKind;
  accountExternalId: string;
  /**
   * Unique per tap and the same on every redelivery: the platform's id (Messenger `postback.mid`, LINE
   * `webhookEventId`), else one built from the sender and the platform's timestamp.
   */
  providerEventId: string;
  sender: InboundSender;
  /** Unix epoch milliseconds, from the platform. */
  timestamp: number;
  /** The data the button carried (Messenger `payload`, LINE `postback.data`). */
  payload: string;
  /** The label the customer tapped, when the platform says (Messenger shows it as their message). */
  title?: string;
  /** Values the customer picked with the tap, when the platform has such pickers (LINE date and time). */
  params?: Record<string, string>;
  /** How the customer arrived, when the tap came with it (Get Started opened from an m.me link or an ad). */
  referral?: InboundReferral;
  raw: unknown;
}

/**
 * The customer came back to an existing conversation through a link or an ad (Messenger
 * `messaging_referrals` from `m.me/<page>?ref=<code>`, Instagram `ig.me` links). New conversations get
 * the referral on their first postback (Get Started) or message instead.
 */
export interface ReferralEvent {
  type: "referral";
  channel: ChannelKind;
  accountExternalId: string;
  /** Unique per arrival and the same on every redelivery (built from sender and timestamp when the platform gives no id). */
  providerEventId: string;
  sender: InboundSender;
  /** Unix epoch milliseconds, from the platform. */
  timestamp: number;
  referral: InboundReferral;
  raw: unknown;
}

/**
 * The customer subscribed to the account or stopped: LINE `follow` (added or unblocked) and `unfollow`
 * (blocked); Messenger `messaging_optins` (a plugin opt-in, or marketing notifications started, resumed
 * or stopped). The receiver updates the contact's subscription for `topic`.
 */
export interface SubscriptionEvent {
  type: "subscription";
  channel: ChannelKind;
  accountExternalId: string;
  /** Unique per change and the same on every redelivery. */
  providerEventId: string;
  sender: InboundSender;
  /** Unix epoch milliseconds, from the platform. */
  timestamp: number;
  change: "subscribed" | "unsubscribed";
  /** What was subscribed to, when the platform names it (a notification title); undefined: the account itself. */
  topic?: string;
  /** The code the entry point passed through (Messenger plugin `ref`, notification `payload`). */
  ref?: string;
  /** A token the platform issued for later sends to this customer (Messenger notification token). */
  token?: { value: string; kind: string; expiresAt?: number };
  raw: unknown;
}

/**
 * Someone commented on one of the account's posts (Facebook Page `feed`, Instagram `comments`). Only
 * new comments are comment events; edits and removals stay `other`. A comment opens no conversation: a
 * private reply (`recipient: { comment_id }`, once, within 7 days) does, when the person answers it.
 */
export interface CommentEvent {
  type: "comment";
  channel: ChannelKind;
  accountExternalId: string;
  /** The platform's comment id; private and public replies address it. */
  commentId: string;
  /** The post (Facebook `post_id`) or media (Instagram `media.id`) commented on. */
  postId: string;
  /** The comment this one answers; undefined for a comment on the post itself. */
  parentCommentId?: string;
  /**
   * Who commented. Facebook gives a user id that is not a Messenger PSID (the private reply's answer
   * brings the PSID); Instagram gives the Instagram-scoped id and `displayName` is the username.
   */
  sender: InboundSender;
  text: string;
  /** Unix epoch milliseconds the comment was made (Facebook `created_time`), else when the platform told us. */
  timestamp: number;
  /** True when the account wrote it itself: skip it, or automation answers its own comments. */
  fromAccount: boolean;
  raw: unknown;
}

export type InboundEvent =
  | InboundMessageEvent
  | StatusEvent
  | AccountErrorEvent
  | TemplateStatusEvent
  | OtherEvent
  | StatusWatermarkEvent
  | MessageEchoEvent
  | PostbackEvent
  | ReferralEvent
  | SubscriptionEvent
  | CommentEvent;
