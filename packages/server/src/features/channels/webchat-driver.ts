/**
 * The web chat driver: visitor actions arrive as signed web chat bodies (built by the public widget
 * endpoints); "sending" stores nothing extra and reaches no platform — the send job marks the message
 * accepted, and that change event carries it to the visitor's open widgets (see features/webchat).
 */
import {
  compileWebchatMessage,
  isWebchatSignatureValid,
  parseWebchatWebhook,
  splitWebchatWebhook,
} from "@switchboard/channels";
import { ChannelError } from "@switchboard/core";
import type { ChannelDriver } from "./channel-driver.js";

/** Our id for a message shown in the widget; the widget reports delivered and read with it. */
export function webchatProviderId(ownId: string): string {
  return `wc_${ownId}`;
}

export function createWebchatDriver(): ChannelDriver {
  return {
    kind: "webchat",
    signatureHeader: "X-Webchat-Signature",
    splitWebhook: splitWebchatWebhook,
    isAuthentic(rawBody, headers, account) {
      const header = headers["x-webchat-signature"];
      return isWebchatSignatureValid(
        rawBody,
        typeof header === "string" ? header : undefined,
        account.secrets.appSecret,
      );
    },
    answerHandshake: () => undefined,
    parseWebhook: parseWebchatWebhook,
    compile: (message) => compileWebchatMessage(message),
    fetchMedia: () =>
      Promise.reject(
        new ChannelError("mediaId: web chat visitors send no media files", {
          retryable: false,
          code: "channel_invalid_request",
        }),
      ),
    send: (_account, recipientExternalId, _payload, options) =>
      Promise.resolve({ providerMessageId: webchatProviderId(options.ownId), recipientExternalId }),
  };
}
