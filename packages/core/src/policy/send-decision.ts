/**
 * The words of the send-eligibility policy: what a sender asks (who sends what, to whom, why) and the
 * answer — allowed with the platform's send options, or refused with a stable code, a sentence and a way out.
 */
import type { ChannelKind } from "../message/inbound-event.js";
import type { OutboundMessageKind } from "../message/outbound-message.js";
import type { SendPolicySettings } from "./send-policy-settings.js";

/**
 * Who sends and why. `agent`: a human agent's message from the composer. `automation`: the bot's own
 * reply or follow-up in a conversation. `notification`: a transactional message the business starts,
 * with a topic (order updates, appointment reminders). `broadcast`: a marketing broadcast to a segment.
 */
export const SEND_PURPOSES = ["agent", "automation", "notification", "broadcast"] as const;
export type SendPurpose = (typeof SEND_PURPOSES)[number];

/** The topic a contact opts out of to stop every message that is not a reply. */
export const ALL_TOPICS = "all";
/** The topic of broadcasts when the sender names none. */
export const MARKETING_TOPIC = "marketing";

/** A recorded opt-out: the topic (`all`, `marketing`, `order_updates`…), when and how it was given. */
export interface OptOut {
  topic: string;
  /** Epoch ms. */
  at: number;
  /** Where it came from, e.g. `keyword`, `whatsapp_preferences`, `console`. */
  source: string;
}

/** One earlier send to the same contact, for frequency caps. */
export interface RecentSend {
  /** The send's topic; undefined for sends without one (only an `all` cap counts them). */
  topic?: string;
  /** Epoch ms. */
  at: number;
}

/** Everything `decideSend` needs; it reads nothing else (no clock, no database). */
export interface SendRequest {
  channel: ChannelKind;
  message: {
    kind: OutboundMessageKind;
    /** Overrides `kind === "template"`, e.g. for a template built outside the neutral model. */
    isTemplate?: boolean;
  };
  purpose: SendPurpose;
  /** What the message is about; broadcasts default to `marketing`. */
  topic?: string;
  /** A Messenger/Instagram message tag the sender asks for; only `HUMAN_AGENT` is still accepted. */
  requestedTag?: string;
  contact: {
    /** Epoch ms of the customer's last inbound message (or window-opening action); null if never. */
    lastInboundAt: number | null;
    optOuts: readonly OptOut[];
    /** IANA zone of the customer, when known; quiet hours follow it. */
    timeZone?: string;
  };
  settings: SendPolicySettings;
  /** Sends to this contact, newest or oldest first, at least as far back as the longest cap. */
  recentSends: readonly RecentSend[];
  /** Epoch ms. */
  now: number;
}

/** Stable machine codes of a refusal; stored with the message and shown in the console. */
export type RefusalCode =
  | "window_closed"
  | "human_agent_window_closed"
  | "tag_not_allowed"
  | "opted_out"
  | "frequency_cap"
  | "quiet_hours";

/** What the sender can do instead of the refused send. */
export type SendFallback =
  | { kind: "template" }
  | { kind: "human_agent_tag"; until: number }
  | { kind: "wait_until"; at: number }
  | { kind: "none" };

/** Messenger and Instagram `messaging_type` values. */
export type MessagingType = "RESPONSE" | "UPDATE" | "MESSAGE_TAG";

/**
 * The policy's answer. When allowed on Messenger or Instagram, `messagingType` (and `tag` with
 * `MESSAGE_TAG`) must go into the payload; other channels get neither.
 */
export type SendDecision =
  | { allowed: true; messagingType?: MessagingType; tag?: "HUMAN_AGENT" }
  | { allowed: false; code: RefusalCode; reason: string; fallback: SendFallback };

/** The refused branch of `SendDecision`. */
export type SendRefusal = Extract<SendDecision, { allowed: false }>;
