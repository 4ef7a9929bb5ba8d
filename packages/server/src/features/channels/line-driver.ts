/**
 * The LINE Messaging API driver: one LINE channel (its bot user id is `externalId`), pushing each stored
 * message with a retry key made from our message id, so a retried send is not delivered twice.
 */
import {
  compileLineMessage,
  fetchLineContent,
  isLineSignatureValid,
  lineRetryKey,
  parseLineWebhook,
  pushLineMessages,
  splitLineWebhook,
} from "@switchboard/channels";
import type { LineMessage } from "@switchboard/channels";
import { ChannelError } from "@switchboard/core";
import type { FetchFn, NativePayload } from "@switchboard/core";
import { z } from "zod";
import type { ChannelDriver } from "./channel-driver.js";

export interface LineDriverOptions {
  fetch: FetchFn;
  /** e.g. `https://api.line.me`. */
  apiUrl: string;
  /** e.g. `https://api-data.line.me`. */
  dataApiUrl: string;
}

/** A message object the compiler wrote: stored and read back unchanged, so its `type` is checked only. */
const StoredLineMessage = z.custom<LineMessage>(
  (value) => typeof value === "object" && value !== null && "type" in value && typeof value.type === "string",
  "not a LINE message object",
);
const DestinationSchema = z.object({ destination: z.string().min(1) });
const StoredBatchSchema = z.object({ messages: z.array(StoredLineMessage).min(1) });

function messagesOf(payload: NativePayload): LineMessage[] {
  const parsed = StoredBatchSchema.safeParse(payload);
  if (!parsed.success)
    throw new ChannelError(
      `messages.native_payload: not a stored LINE message batch (${parsed.error.message})`,
      {
        retryable: false,
        code: "channel_invalid_request",
      },
    );
  return parsed.data.messages;
}

export function createLineDriver(options: LineDriverOptions): ChannelDriver {
  const deps = { fetch: options.fetch, apiUrl: options.apiUrl, dataApiUrl: options.dataApiUrl };
  return {
    kind: "line",
    signatureHeader: "X-Line-Signature",
    splitWebhook: splitLineWebhook,
    accountOfEmptyBody: (body) => DestinationSchema.safeParse(body).data?.destination,
    isAuthentic(rawBody, headers, account) {
      const header = headers["x-line-signature"];
      return isLineSignatureValid(
        rawBody,
        typeof header === "string" ? header : undefined,
        account.secrets.appSecret,
      );
    },
    // LINE has no subscription handshake: its console's "Verify" is a signed POST with no events.
    answerHandshake: () => undefined,
    parseWebhook: parseLineWebhook,
    compile: (message) => compileLineMessage(message),
    fetchMedia: (account, mediaId) =>
      fetchLineContent(deps, { channelAccessToken: account.secrets.accessToken }, mediaId),
    async send(account, recipientExternalId, payload, sendOptions) {
      const calls = await pushLineMessages(
        deps,
        { channelAccessToken: account.secrets.accessToken },
        { to: recipientExternalId, messages: messagesOf(payload), retryKey: lineRetryKey(sendOptions.ownId) },
      );
      const first = calls[0];
      // A push LINE had accepted before (409) may come back without message ids: the retry key names it.
      const providerMessageId =
        first?.sentMessages[0]?.id ?? first?.requestId ?? lineRetryKey(sendOptions.ownId);
      return { providerMessageId, recipientExternalId };
    },
  };
}
