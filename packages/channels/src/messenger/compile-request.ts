/**
 * Wraps a compiled `message` in the Send API request for one recipient, with the send policy's
 * `messaging_type` and tag (PLATFORMS.md B1, B7). Retired tags are refused here as Meta refuses them.
 */
import { ChannelError, type MessagingType } from "@switchboard/core";
import type { SendApiMessage } from "./compiled-body.js";
import { METADATA_MAX } from "./messenger-limits.js";

/** Who receives it: a customer's page-scoped id, or a comment to answer privately (once, within 7 days). */
export type SendApiRecipient = { psid: string } | { commentId: string };

export interface SendApiRequestOptions {
  recipient: SendApiRecipient;
  /**
   * From the send policy's allowed decision (`SendDecision.messagingType`). Required for a PSID; a private
   * reply may go without it.
   */
  messagingType?: MessagingType;
  /** From the decision, with `MESSAGE_TAG`: only `HUMAN_AGENT` is still accepted. */
  tag?: string;
  /** The customer's message to quote (`reply_to.mid`). */
  replyToProviderId?: string;
  /** Echoed back in the message's echo event (`message.metadata`), e.g. our own message id; ≤1000. */
  metadata?: string;
}

/** Tags Meta retired: error 100 since 27 April 2026 for the last three, since 2020 for the others. */
const RETIRED_TAGS = new Set([
  "CONFIRMED_EVENT_UPDATE",
  "POST_PURCHASE_UPDATE",
  "ACCOUNT_UPDATE",
  "SHIPPING_UPDATE",
  "RESERVATION_UPDATE",
  "ISSUE_RESOLUTION",
  "APPOINTMENT_UPDATE",
  "GAME_EVENT",
  "TRANSPORTATION_UPDATE",
  "FEATURE_FUNCTIONALITY_UPDATE",
  "TICKET_UPDATE",
]);

function refuse(message: string): ChannelError {
  return new ChannelError(message, {
    retryable: false,
    platformCode: 100,
    code: "channel_tag_not_allowed",
    status: 422,
  });
}

/** Throws the ChannelError Meta's answer would become, before any request is made. */
function checkPolicy(options: SendApiRequestOptions): void {
  const { messagingType, tag } = options;
  if (tag !== undefined && tag !== "HUMAN_AGENT") {
    const retired = RETIRED_TAGS.has(tag) ? "is retired" : "is not a message tag Meta accepts";
    throw refuse(
      `The message tag ${tag} ${retired} (Meta answers error 100); only HUMAN_AGENT is left, for a human agent's reply`,
    );
  }
  if (tag !== undefined && messagingType !== "MESSAGE_TAG") {
    throw refuse(`The tag ${tag} needs messaging_type MESSAGE_TAG, not ${messagingType ?? "none"}`);
  }
  if (messagingType === "MESSAGE_TAG" && tag === undefined) {
    throw refuse("messaging_type MESSAGE_TAG needs a tag (HUMAN_AGENT)");
  }
  if ("psid" in options.recipient && messagingType === undefined) {
    throw refuse(
      "A message to a PSID needs the send policy's messaging_type (RESPONSE, UPDATE or MESSAGE_TAG)",
    );
  }
  if (options.metadata !== undefined && options.metadata.length > METADATA_MAX) {
    throw refuse(`message.metadata: ${options.metadata.length} characters, Meta allows ${METADATA_MAX}`);
  }
}

/**
 * The full JSON body of `POST /me/messages`: `{ recipient, messaging_type?, tag?, message, reply_to? }`.
 * `message` is a compiled message, fresh from the compiler or read back from the outbox. Throws a
 * non-retryable ChannelError (platform code 100) for a tag Meta would refuse, a tag without
 * `MESSAGE_TAG` or the reverse, and a PSID without `messaging_type`.
 */
export function toSendApiRequest(
  message: SendApiMessage | Record<string, unknown>,
  options: SendApiRequestOptions,
): Record<string, unknown> {
  checkPolicy(options);
  const recipient =
    "psid" in options.recipient
      ? { id: options.recipient.psid }
      : { comment_id: options.recipient.commentId };
  return {
    recipient,
    ...(options.messagingType === undefined ? {} : { messaging_type: options.messagingType }),
    ...(options.tag === undefined ? {} : { tag: options.tag }),
    message: options.metadata === undefined ? message : { ...message, metadata: options.metadata },
    ...(options.replyToProviderId === undefined ? {} : { reply_to: { mid: options.replyToProviderId } }),
  };
}
