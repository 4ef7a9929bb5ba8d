/** Instagram as a `Channel`: Meta's handshake and signature, Instagram's webhooks and limits. */
import type { Channel } from "@switchboard/core";
import { answerMessengerHandshake, isMessengerSignatureValid } from "../messenger/verify-signature.js";
import { compileInstagramMessage } from "./compile-message.js";
import { parseInstagramWebhook } from "./parse-webhook.js";

/** What the Instagram channel needs to know of one Instagram professional account. */
export interface InstagramAccount {
  /** The Instagram professional account id (`entry.id` in webhooks). */
  accountId: string;
  appSecret: string;
  verifyToken: string;
}

export const instagramChannel: Channel<InstagramAccount> = {
  kind: "instagram",
  answerHandshake: (query, account) => answerMessengerHandshake(query, account.verifyToken),
  isAuthentic: (rawBody, headers, account) =>
    isMessengerSignatureValid(rawBody, headers.get("x-hub-signature-256") ?? undefined, account.appSecret),
  parseWebhook: parseInstagramWebhook,
  compile: compileInstagramMessage,
};
