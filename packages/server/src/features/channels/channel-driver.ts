/** What the server needs from one messaging platform, with the platform's secrets and HTTP already bound. */
import type {
  InboundEvent,
  LimitViolation,
  NativePayload,
  OutboundMessage,
  Result,
  SendReceipt,
} from "@switchboard/core";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";

export interface WebhookItem {
  accountExternalId: string;
  dedupeKey: string | undefined;
  body: Record<string, unknown>;
}

export interface ChannelDriver {
  readonly kind: ChannelAccountWithSecrets["channel"];
  /** One webhook body → one body per platform event, so each is stored and processed once. */
  splitWebhook(body: unknown): WebhookItem[];
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
