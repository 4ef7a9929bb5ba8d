/** The WhatsApp Cloud API as a `Channel`: handshake, signature, webhook parsing and message compiling. */
import type { Channel } from "@switchboard/core";
import { compileWhatsAppMessage } from "./compile-message.js";
import { parseWhatsAppWebhook } from "./parse-webhook.js";
import { answerWhatsAppHandshake, isWhatsAppSignatureValid } from "./verify-signature.js";

/** What the WhatsApp channel needs to know of one business phone number. */
export interface WhatsAppAccount {
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
}

export const whatsAppChannel: Channel<WhatsAppAccount> = {
  kind: "whatsapp",
  answerHandshake: (query, account) => answerWhatsAppHandshake(query, account.verifyToken),
  isAuthentic: (rawBody, headers, account) =>
    isWhatsAppSignatureValid(rawBody, headers.get("x-hub-signature-256") ?? undefined, account.appSecret),
  parseWebhook: parseWhatsAppWebhook,
  compile: compileWhatsAppMessage,
};
