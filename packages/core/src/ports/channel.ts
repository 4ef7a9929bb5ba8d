/** What every messaging platform must offer the server. One folder per platform in `channels` implements it. */
import type { Result } from "../result.js";
import type { ChannelKind, InboundEvent } from "../message/inbound-event.js";
import type { LimitViolation } from "../message/limit-violation.js";
import type { OutboundMessage } from "../message/outbound-message.js";

/** The platform's own request body for one message. */
export type NativePayload = Record<string, unknown>;

/** `fetch` as the channels use it; injected so tests and the server decide where requests go. */
export type FetchFn = (input: string, init?: RequestInit) => Promise<Response>;

export interface SendReceipt {
  /** The platform's id for the sent message (WhatsApp `wamid`). */
  providerMessageId: string;
  /** The recipient id the platform normalised the address to, when it says. */
  recipientExternalId?: string;
}

export interface Channel<Account> {
  readonly kind: ChannelKind;
  /** Answers the platform's webhook handshake (Meta's hub.challenge); undefined when it is not one. */
  answerHandshake(query: URLSearchParams, account: Account): string | undefined;
  /** True only when the raw body was signed by the platform. Compares in constant time. */
  isAuthentic(rawBody: Buffer, headers: Headers, account: Account): boolean;
  /** Pure: one webhook body → the events in it (messages, taps, statuses, errors…). */
  parseWebhook(body: unknown): InboundEvent[];
  /** Pure: our message → this platform's payload, or every limit it breaks, each with its path. */
  compile(message: OutboundMessage): Result<NativePayload, LimitViolation[]>;
}
