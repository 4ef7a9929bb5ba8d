/** What the server needs from one messaging platform, with the platform's secrets and HTTP already bound. */
import type {
  InboundEvent,
  LimitViolation,
  MessagingType,
  NativePayload,
  OutboundMessage,
  Result,
  SendReceipt,
} from "@switchboard/core";
import type { BotProfile } from "@switchboard/engine";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import type { BotProfileChange } from "./meta-messaging-profile.js";

export interface WebhookItem {
  accountExternalId: string;
  dedupeKey: string | undefined;
  body: Record<string, unknown>;
}

/** The send options of an allowed send policy decision. */
export interface SendDecisionOptions {
  messagingType?: MessagingType;
  tag?: string;
}

export interface ChannelDriver {
  readonly kind: ChannelAccountWithSecrets["channel"];
  /** The header that carries the webhook signature, as the platform names it (for error messages). */
  readonly signatureHeader: string;
  /** One webhook body → one body per platform event, so each is stored and processed once. */
  splitWebhook(body: unknown): WebhookItem[];
  /** The account a body without events is addressed to (LINE's webhook check), when the platform names it. */
  accountOfEmptyBody?(body: unknown): string | undefined;
  /** True only when the raw bytes were signed with this account's secret (constant time). */
  isAuthentic(
    rawBody: Buffer,
    headers: Record<string, string | string[] | undefined>,
    account: ChannelAccountWithSecrets,
  ): boolean;
  /** The handshake answer, or undefined when the request is not a valid handshake for this account. */
  answerHandshake(query: URLSearchParams, account: ChannelAccountWithSecrets): string | undefined;
  parseWebhook(body: unknown): InboundEvent[];
  compile(message: OutboundMessage): Result<NativePayload, LimitViolation[]>;
  /**
   * Adds what the send policy's allowed decision says about how to send (Messenger's and Instagram's
   * `messaging_type` and `tag`) to a compiled payload, before it is stored in the outbox. Absent when the
   * platform needs nothing of it.
   */
  withSendDecision?(payload: NativePayload, decision: SendDecisionOptions): NativePayload;
  /**
   * What an answer to this inbound event may use to reply to it (LINE's reply token and when it was
   * issued); undefined when the event offers nothing or the platform has no such thing.
   */
  replyContextOf?(event: InboundEvent): NativePayload | undefined;
  /**
   * Adds a reply context (from `replyContextOf`) to the compiled payload of the first answer to that
   * event, before it is stored in the outbox: the platform may take it once only.
   */
  withReplyContext?(payload: NativePayload, context: NativePayload): NativePayload;
  /**
   * Sets up what a published bot needs on the platform (Messenger: the Get Started button, whose tap
   * starts the welcome module; Messenger and Instagram: the bot's channel profile, clearing the fields
   * only the previous bot had set). Also called when a bot stops running (`change.running` false).
   * Throws ChannelError when the platform refuses.
   */
  prepareForBot?(account: ChannelAccountWithSecrets, change: BotProfileChange): Promise<void>;
  /** Every limit a bot's channel profile breaks on this platform, with its path in the profile. */
  checkProfile?(profile: BotProfile): LimitViolation[];
  /** Downloads an inbound media file by the platform's media id. */
  fetchMedia(
    account: ChannelAccountWithSecrets,
    mediaId: string,
  ): Promise<{ bytes: Buffer; mimeType: string }>;
  /**
   * Sends a compiled payload; throws ChannelError (with `retryAfterMs` when the platform's rules set the
   * wait). `ownId` is echoed back in status webhooks; `attempt` counts from 1.
   */
  send(
    account: ChannelAccountWithSecrets,
    recipientExternalId: string,
    payload: NativePayload,
    options: { ownId: string; attempt: number },
  ): Promise<SendReceipt>;
}
