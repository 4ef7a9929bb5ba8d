// Sends compiled LINE messages: a reply with the event's reply token, or a push with a retry key
// (PLATFORMS.md D1), through the injected fetch.
import { z } from "zod";
import { ChannelError } from "@switchboard/core";
import { mapLineError } from "./error-map.js";
import { callLine, lineEndpoint, readLineBody, type LineApiDeps, type LineBotAccount } from "./fetch-line.js";
import { MESSAGES_PER_CALL_MAX } from "./line-limits.js";
import type { LineMessage } from "./line-message-types.js";
import { isLineRetryKey, retryKeyForCall } from "./retry-key.js";

/** What LINE said about one reply or push call. */
export interface LineSendCall {
  /** `x-line-request-id`; for a push LINE had accepted before, that earlier request's id when given. */
  requestId: string | undefined;
  /** The `X-Line-Retry-Key` sent with a push; undefined for a reply. */
  retryKey: string | undefined;
  /** `sentMessages` in the order sent; empty when LINE gave none (older answers, some 409s). */
  sentMessages: { id: string; quoteToken?: string }[];
  /** LINE answered 409: this retry key was accepted before, so nothing was sent again. */
  alreadyAccepted: boolean;
}

export interface LineReplyRequest {
  replyToken: string;
  /** 1–5 messages: a reply token is used once, so a reply cannot be split. */
  messages: LineMessage[];
  notificationDisabled?: boolean;
}

export interface LinePushRequest {
  /** A user, group or room id (never the human "LINE ID"). */
  to: string;
  /** One or more messages; more than five go in several calls, in order. */
  messages: LineMessage[];
  /** A UUID the caller keeps for this logical send and passes again when retrying it (`lineRetryKey`). */
  retryKey: string;
  notificationDisabled?: boolean;
}

const SentSchema = z.object({
  sentMessages: z.array(z.object({ id: z.string().min(1), quoteToken: z.string().optional() })),
});

function refuse(message: string): ChannelError {
  return new ChannelError(message, { retryable: false, code: "channel_invalid_request", status: 422 });
}

function sentMessagesOf(body: unknown): LineSendCall["sentMessages"] {
  return SentSchema.safeParse(body).data?.sentMessages ?? [];
}

/**
 * `POST /v2/bot/message/reply`. Free of the monthly quota, but the token works once and for about a
 * minute (`isLineReplyTokenUsable`); an expired or used token throws `channel_reply_token_invalid`:
 * push instead. A reply has no retry key: after a network error it may or may not have arrived, and a
 * second reply with the same token is refused rather than delivered twice. Throws ChannelError.
 */
export async function replyLineMessages(
  deps: LineApiDeps,
  account: LineBotAccount,
  request: LineReplyRequest,
): Promise<LineSendCall> {
  const count = request.messages.length;
  if (count < 1 || count > MESSAGES_PER_CALL_MAX) {
    throw refuse(
      `messages: ${count} messages, a LINE reply takes 1 to ${MESSAGES_PER_CALL_MAX}; push the rest`,
    );
  }
  if (request.replyToken.trim() === "") throw refuse("replyToken: required, LINE refuses it empty");
  const json = {
    replyToken: request.replyToken,
    messages: request.messages,
    ...(request.notificationDisabled === undefined
      ? {}
      : { notificationDisabled: request.notificationDisabled }),
  };
  const url = lineEndpoint(deps.apiUrl, ["v2", "bot", "message", "reply"]);
  const response = await callLine(deps, account, url, { method: "POST", json });
  const body = await readLineBody(response);
  if (!response.ok) throw mapLineError(response.status, body, response.headers);
  return {
    requestId: response.headers.get("x-line-request-id") ?? undefined,
    retryKey: undefined,
    sentMessages: sentMessagesOf(body),
    alreadyAccepted: false,
  };
}

/**
 * `POST /v2/bot/message/push` with `X-Line-Retry-Key`, five messages per call: call `n` uses the
 * caller's key for the first call and `retryKeyForCall(key, n)` after, so retrying the whole send with
 * the same key sends only what LINE did not accept yet. A 409 (that key was accepted before) counts as
 * sent. Counts against the monthly quota. Throws ChannelError on the first call that fails; calls
 * before it were accepted and answer 409 when the send is retried.
 */
export async function pushLineMessages(
  deps: LineApiDeps,
  account: LineBotAccount,
  request: LinePushRequest,
): Promise<LineSendCall[]> {
  if (request.messages.length === 0) throw refuse("messages: a LINE push needs at least one message");
  if (request.to.trim() === "") throw refuse("to: required, LINE refuses it empty");
  if (!isLineRetryKey(request.retryKey)) {
    throw refuse(`retryKey: ${JSON.stringify(request.retryKey)} is not a UUID, which LINE needs`);
  }
  const url = lineEndpoint(deps.apiUrl, ["v2", "bot", "message", "push"]);
  const calls: LineSendCall[] = [];
  for (let start = 0; start < request.messages.length; start += MESSAGES_PER_CALL_MAX) {
    const retryKey = retryKeyForCall(request.retryKey, start / MESSAGES_PER_CALL_MAX);
    const json = {
      to: request.to,
      messages: request.messages.slice(start, start + MESSAGES_PER_CALL_MAX),
      ...(request.notificationDisabled === undefined
        ? {}
        : { notificationDisabled: request.notificationDisabled }),
    };
    const response = await callLine(deps, account, url, {
      method: "POST",
      json,
      headers: { "x-line-retry-key": retryKey },
    });
    const body = await readLineBody(response);
    const alreadyAccepted = response.status === 409;
    if (!response.ok && !alreadyAccepted) throw mapLineError(response.status, body, response.headers);
    const accepted = alreadyAccepted ? response.headers.get("x-line-accepted-request-id") : null;
    calls.push({
      requestId: accepted ?? response.headers.get("x-line-request-id") ?? undefined,
      retryKey,
      sentMessages: sentMessagesOf(body),
      alreadyAccepted,
    });
  }
  return calls;
}
