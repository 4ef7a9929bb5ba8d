/** Messenger as a `Channel`: handshake, signature, webhook parsing and message compiling. */
import type { Channel } from "@switchboard/core";
import { compileMessengerMessage } from "./compile-message.js";
import { parseMessengerWebhook } from "./parse-webhook.js";
import { answerMessengerHandshake, isMessengerSignatureValid } from "./verify-signature.js";

/** What the Messenger channel needs to know of one Facebook Page. */
export interface MessengerAccount {
  pageId: string;
  appSecret: string;
  verifyToken: string;
}

export const messengerChannel: Channel<MessengerAccount> = {
  kind: "messenger",
  answerHandshake: (query, account) => answerMessengerHandshake(query, account.verifyToken),
  isAuthentic: (rawBody, headers, account) =>
    isMessengerSignatureValid(rawBody, headers.get("x-hub-signature-256") ?? undefined, account.appSecret),
  parseWebhook: parseMessengerWebhook,
  compile: compileMessengerMessage,
};
