/**
 * The LINE Messaging API driver: one LINE channel (its bot user id is `externalId`). The first answer to
 * a customer's event replies with the event's reply token while it is fresh; every other send is a push
 * with a retry key made from our message id, so a retried push is not delivered twice.
 */
import {
  compileLineMessage,
  fetchLineContent,
  isLineReplyTokenUsable,
  isLineSignatureValid,
  lineRetryKey,
  parseLineWebhook,
  pushLineMessages,
  replyLineMessages,
  splitLineWebhook,
} from "@switchboard/channels";
import type { LineMessage, LineReplyToken, LineSendCall } from "@switchboard/channels";
import { ChannelError } from "@switchboard/core";
import type { FetchFn, NativePayload, SendReceipt } from "@switchboard/core";
import { z } from "zod";
import type { ChannelDriver } from "./channel-driver.js";

export interface LineDriverOptions {
  fetch: FetchFn;
  /** e.g. `https://api.line.me`. */
  apiUrl: string;
  /** e.g. `https://api-data.line.me`. */
  dataApiUrl: string;
  /** The clock that judges a reply token's age (epoch ms); `Date.now` unless a test sets it. */
  now?: () => number;
}

/** A message object the compiler wrote: stored and read back unchanged, so its `type` is checked only. */
const StoredLineMessage = z.custom<LineMessage>(
  (value) => typeof value === "object" && value !== null && "type" in value && typeof value.type === "string",
  "not a LINE message object",
);
/** LINE's reply and push take at most five messages per call. */
const MESSAGES_PER_REPLY_MAX = 5;
const DestinationSchema = z.object({ destination: z.string().min(1) });
const ReplyTokenSchema = z.object({ token: z.string().min(1), issuedAt: z.number().int() });
const StoredBatchSchema = z.object({
  messages: z.array(StoredLineMessage).min(1),
  /** The reply token of the event this batch answers first, when it had one. */
  replyToken: ReplyTokenSchema.optional(),
});
const EventReplyTokenSchema = z.object({ line: z.object({ replyToken: ReplyTokenSchema }) });

function batchOf(payload: NativePayload): z.infer<typeof StoredBatchSchema> {
  const parsed = StoredBatchSchema.safeParse(payload);
  if (!parsed.success)
    throw new ChannelError(
      `messages.native_payload: not a stored LINE message batch (${parsed.error.message})`,
      {
        retryable: false,
        code: "channel_invalid_request",
      },
    );
  return parsed.data;
}

function receiptOf(call: LineSendCall | undefined, fallbackId: string, to: string): SendReceipt {
  // A push LINE had accepted before (409) may come back without message ids: the retry key names it.
  return {
    providerMessageId: call?.sentMessages[0]?.id ?? call?.requestId ?? fallbackId,
    recipientExternalId: to,
  };
}

function isRefusedToken(error: unknown): boolean {
  return error instanceof ChannelError && error.code === "channel_reply_token_invalid";
}

/** A reply can carry this batch: the token is fresh and a reply takes at most five messages. */
function replyFits(
  token: LineReplyToken | undefined,
  messages: LineMessage[],
  now: number,
): token is LineReplyToken {
  return messages.length <= MESSAGES_PER_REPLY_MAX && isLineReplyTokenUsable(token, now);
}

export function createLineDriver(options: LineDriverOptions): ChannelDriver {
  const deps = { fetch: options.fetch, apiUrl: options.apiUrl, dataApiUrl: options.dataApiUrl };
  const now = options.now ?? Date.now;
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
    replyContextOf(event) {
      const parsed = EventReplyTokenSchema.safeParse(event);
      return parsed.success ? { ...parsed.data.line.replyToken } : undefined;
    },
    withReplyContext(payload, context) {
      const token = ReplyTokenSchema.safeParse(context);
      return token.success ? { ...payload, replyToken: token.data } : payload;
    },
    async send(account, recipientExternalId, payload, sendOptions) {
      const bot = { channelAccessToken: account.secrets.accessToken };
      const { messages, replyToken } = batchOf(payload);
      const retryKey = lineRetryKey(sendOptions.ownId);
      // Only the first attempt replies. After a reply failed on the way (network error, 5xx) nobody
      // knows whether LINE delivered it, and a reply has no retry key to dedupe it, so the retry pushes:
      // the customer may then get the message twice, which beats never getting it.
      if (sendOptions.attempt === 1 && replyFits(replyToken, messages, now())) {
        try {
          const call = await replyLineMessages(deps, bot, { replyToken: replyToken.token, messages });
          return receiptOf(call, retryKey, recipientExternalId);
        } catch (error) {
          // LINE refused the token (used, or older than it says): nothing was sent, so push now.
          if (!isRefusedToken(error)) throw error;
        }
      }
      const calls = await pushLineMessages(deps, bot, { to: recipientExternalId, messages, retryKey });
      return receiptOf(calls[0], retryKey, recipientExternalId);
    },
  };
}
