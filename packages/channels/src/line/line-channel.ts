/** The LINE Messaging API as a `Channel`: signature, webhook parsing and message compiling; no handshake. */
import type { Channel } from "@switchboard/core";
import { compileLineMessage } from "./compile-message.js";
import { parseLineWebhook } from "./parse-webhook.js";
import { isLineSignatureValid } from "./verify-signature.js";

/** What the LINE channel needs to know of one LINE channel (one bot). */
export interface LineAccount {
  /** The bot's user id: the `destination` of its webhooks. */
  botUserId: string;
  channelSecret: string;
}

export const lineChannel: Channel<LineAccount> = {
  kind: "line",
  // LINE verifies a webhook URL by POSTing a signed body with no events, not with a handshake.
  answerHandshake: () => undefined,
  isAuthentic: (rawBody, headers, account) =>
    isLineSignatureValid(rawBody, headers.get("x-line-signature") ?? undefined, account.channelSecret),
  parseWebhook: parseLineWebhook,
  compile: (message) => compileLineMessage(message),
};
