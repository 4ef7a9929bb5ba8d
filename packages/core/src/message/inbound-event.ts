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

export type InboundEvent =
  InboundMessageEvent | StatusEvent | AccountErrorEvent | TemplateStatusEvent | OtherEvent;
