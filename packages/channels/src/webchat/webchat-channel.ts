/** The web chat as a `Channel`: the signed visitor-action body, its parser and the widget compiler; no handshake. */
import type { Channel } from "@switchboard/core";
import { compileWebchatMessage } from "./compile-message.js";
import { parseWebchatWebhook } from "./parse-webhook.js";
import { isWebchatSignatureValid } from "./verify-signature.js";

/** What the web chat channel needs to know of one web chat account. */
export interface WebchatAccount {
  /** The public widget key: the `widgetKey` of its entries. */
  widgetKey: string;
  /** Signs visitor-action bodies and website user ids. */
  secret: string;
}

export const WEBCHAT_SIGNATURE_HEADER = "x-webchat-signature";

export const webchatChannel: Channel<WebchatAccount> = {
  kind: "webchat",
  answerHandshake: () => undefined,
  isAuthentic: (rawBody, headers, account) =>
    isWebchatSignatureValid(rawBody, headers.get(WEBCHAT_SIGNATURE_HEADER) ?? undefined, account.secret),
  parseWebhook: parseWebchatWebhook,
  compile: (message) => compileWebchatMessage(message),
};
