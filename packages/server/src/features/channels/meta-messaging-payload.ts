/**
 * The outbox payload of a Messenger or Instagram message: the compiled Send API `message` with the send
 * policy's `messaging_type` and `tag`, which the Send API request needs and only the decision knows.
 */
import { z } from "zod";
import { ChannelError } from "@switchboard/core";
import type { MessagingType, NativePayload } from "@switchboard/core";
import type { SendDecisionOptions } from "./channel-driver.js";

const StoredPayloadSchema = z.object({
  messaging_type: z.enum(["RESPONSE", "UPDATE", "MESSAGE_TAG"]).optional(),
  tag: z.string().min(1).optional(),
  message: z.record(z.string(), z.unknown()),
});

export interface MessagingOutboxPayload {
  messagingType: MessagingType | undefined;
  tag: string | undefined;
  message: Record<string, unknown>;
}

/** `{ messaging_type?, tag?, message }`: what is stored for the sender. */
export function withMessagingDecision(payload: NativePayload, decision: SendDecisionOptions): NativePayload {
  return {
    ...(decision.messagingType === undefined ? {} : { messaging_type: decision.messagingType }),
    ...(decision.tag === undefined ? {} : { tag: decision.tag }),
    message: payload,
  };
}

/** Reads a stored payload back; a non-retryable ChannelError when it is not one `withMessagingDecision` wrote. */
export function readMessagingPayload(payload: NativePayload): MessagingOutboxPayload {
  const stored = StoredPayloadSchema.safeParse(payload);
  if (!stored.success)
    throw new ChannelError(
      `messages.native_payload: not a stored Send API message (${stored.error.message})`,
      {
        retryable: false,
        code: "channel_invalid_request",
      },
    );
  const { messaging_type: messagingType, tag, message } = stored.data;
  return { messagingType, tag, message };
}
