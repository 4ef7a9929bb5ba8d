/** The WhatsApp Cloud API driver: the channel's pure functions bound to the Graph API base URL and fetch. */
import {
  answerWhatsAppHandshake,
  compileWhatsAppMessage,
  compileWhatsAppMessages,
  fetchWhatsAppMedia,
  isWhatsAppSignatureValid,
  pairRateRetryDelayMs,
  parseWhatsAppWebhook,
  sendWhatsAppRequest,
  splitWhatsAppWebhook,
  toWhatsAppRequest,
} from "@switchboard/channels";
import { ChannelError } from "@switchboard/core";
import type { FetchFn } from "@switchboard/core";
import type { ChannelDriver } from "./channel-driver.js";
import { withSequences } from "./message-sequence.js";

export interface WhatsAppDriverOptions {
  fetch: FetchFn;
  graphUrl: string;
  graphVersion: string;
}

export function createWhatsAppDriver(options: WhatsAppDriverOptions): ChannelDriver {
  const deps = {
    fetch: options.fetch,
    graphUrl: options.graphUrl.replace(/\/$/, ""),
    graphVersion: options.graphVersion,
  };
  return withSequences(whatsAppDriver(deps), compileWhatsAppMessages);
}

/** One native message per call; `withSequences` adds messages that become several. */
function whatsAppDriver(deps: { fetch: FetchFn; graphUrl: string; graphVersion: string }): ChannelDriver {
  return {
    kind: "whatsapp",
    signatureHeader: "X-Hub-Signature-256",
    splitWebhook: splitWhatsAppWebhook,
    isAuthentic(rawBody, headers, account) {
      const header = headers["x-hub-signature-256"];
      return isWhatsAppSignatureValid(
        rawBody,
        typeof header === "string" ? header : undefined,
        account.secrets.appSecret,
      );
    },
    answerHandshake: (query, account) => answerWhatsAppHandshake(query, account.secrets.verifyToken),
    parseWebhook: parseWhatsAppWebhook,
    compile: compileWhatsAppMessage,
    fetchMedia: (account, mediaId) =>
      fetchWhatsAppMedia(
        deps,
        { phoneNumberId: account.externalId, accessToken: account.secrets.accessToken },
        mediaId,
      ),
    async send(account, recipientExternalId, payload, options) {
      const request = toWhatsAppRequest(payload, recipientExternalId, { callbackData: options.ownId });
      const number = { phoneNumberId: account.externalId, accessToken: account.secrets.accessToken };
      try {
        return await sendWhatsAppRequest(deps, number, request);
      } catch (error) {
        // Pair rate limit (131056): WhatsApp asks for 4^X seconds before retry X.
        if (error instanceof ChannelError && error.platformCode === 131056) {
          throw new ChannelError(error.message, {
            retryable: true,
            platformCode: 131056,
            retryAfterMs: pairRateRetryDelayMs(options.attempt - 1),
            code: error.code,
          });
        }
        throw error;
      }
    },
  };
}
