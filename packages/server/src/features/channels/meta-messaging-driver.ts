/**
 * The Messenger and Instagram drivers: Meta's Send API behind one Page or Instagram account, with the send
 * policy's `messaging_type` and tag stored beside each message and our message id sent as `metadata`.
 */
import {
  answerMessengerHandshake,
  compileInstagramMessage,
  compileInstagramMessages,
  compileMessengerMessage,
  compileMessengerMessages,
  fetchMessagingAttachment,
  isMessengerSignatureValid,
  parseInstagramWebhook,
  parseMessengerWebhook,
  sendInstagramRequest,
  sendMessengerRequest,
  splitInstagramWebhook,
  splitMessengerWebhook,
  toSendApiRequest,
} from "@switchboard/channels";
import type { FetchFn } from "@switchboard/core";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import type { ChannelDriver } from "./channel-driver.js";
import { readMessagingPayload, withMessagingDecision } from "./meta-messaging-payload.js";
import { withSequences } from "./message-sequence.js";
import { applyBotProfile, checkBotProfile } from "./meta-messaging-profile.js";

export interface MetaMessagingDriverOptions {
  fetch: FetchFn;
  graphUrl: string;
  graphVersion: string;
}

const PLATFORMS = {
  messenger: {
    label: "Messenger",
    split: splitMessengerWebhook,
    parse: parseMessengerWebhook,
    compile: compileMessengerMessage,
    send: sendMessengerRequest,
  },
  instagram: {
    label: "Instagram",
    split: splitInstagramWebhook,
    parse: parseInstagramWebhook,
    compile: compileInstagramMessage,
    send: sendInstagramRequest,
  },
} as const;

function createMetaMessagingDriver(
  kind: keyof typeof PLATFORMS,
  options: MetaMessagingDriverOptions,
): ChannelDriver {
  const platform = PLATFORMS[kind];
  const deps = {
    fetch: options.fetch,
    graphUrl: options.graphUrl.replace(/\/$/, ""),
    graphVersion: options.graphVersion,
  };
  return {
    kind,
    signatureHeader: "X-Hub-Signature-256",
    splitWebhook: platform.split,
    isAuthentic(rawBody, headers, account) {
      const header = headers["x-hub-signature-256"];
      return isMessengerSignatureValid(
        rawBody,
        typeof header === "string" ? header : undefined,
        account.secrets.appSecret,
      );
    },
    answerHandshake: (query, account) =>
      account.secrets.verifyToken === ""
        ? undefined
        : answerMessengerHandshake(query, account.secrets.verifyToken),
    parseWebhook: platform.parse,
    compile: platform.compile,
    withSendDecision: withMessagingDecision,
    prepareForBot: (account: ChannelAccountWithSecrets, change) =>
      applyBotProfile(deps, account.secrets.accessToken, platform.label, change),
    checkProfile: (profile) => checkBotProfile(platform.label, profile),
    // The webhook's attachment URL is the media id; the CDN takes no token.
    fetchMedia: (_account, mediaId) => fetchMessagingAttachment(deps, mediaId, platform.label),
    async send(account, recipientExternalId, payload, sendOptions) {
      const stored = readMessagingPayload(payload);
      const request = toSendApiRequest(stored.message, {
        recipient: { psid: recipientExternalId },
        ...(stored.messagingType === undefined ? {} : { messagingType: stored.messagingType }),
        ...(stored.tag === undefined ? {} : { tag: stored.tag }),
        metadata: sendOptions.ownId,
      });
      return platform.send(deps, { accessToken: account.secrets.accessToken }, request);
    },
  };
}

/** Messenger: one Facebook Page (`externalId` is the Page id). */
export function createMessengerDriver(options: MetaMessagingDriverOptions): ChannelDriver {
  return withSequences(createMetaMessagingDriver("messenger", options), compileMessengerMessages);
}

/** Instagram: one Instagram professional account (`externalId` is its id, `entry.id` in webhooks). */
export function createInstagramDriver(options: MetaMessagingDriverOptions): ChannelDriver {
  return withSequences(createMetaMessagingDriver("instagram", options), compileInstagramMessages);
}
