/**
 * Checks a Send API body (`POST /me/messages`, PLATFORMS.md B1, B7): the recipient (a person, or a
 * comment or post for a private reply), `messaging_type` and `tag`, then either a message or a sender
 * action. Answers a typed request or throws the error Meta would send.
 */
import { z } from "zod";
import type { GraphError } from "../graph/graph-error.js";
import type { MetaRules } from "./meta-button-schemas.js";
import { metaError } from "./meta-error.js";
import { metaIssuesError } from "./meta-issues.js";
import { type MetaMessage, messageRules } from "./meta-message-schemas.js";

const id = z.string().min(1).max(128);

const envelopeSchema = z.strictObject({
  recipient: z.strictObject({
    id: id.optional(),
    user_ref: id.optional(),
    comment_id: id.optional(),
    post_id: id.optional(),
  }),
  messaging_type: z.enum(["RESPONSE", "UPDATE", "MESSAGE_TAG"]).optional(),
  tag: z.string().min(1).max(64).optional(),
  message: z.unknown().optional(),
  sender_action: z.enum(["typing_on", "typing_off", "mark_seen"]).optional(),
  notification_type: z.enum(["REGULAR", "SILENT_PUSH", "NO_PUSH"]).optional(),
  reply_to: z.strictObject({ mid: id }).optional(),
  persona_id: id.optional(),
  access_token: z.string().optional(),
});

export type Recipient =
  | { kind: "user"; id: string }
  | { kind: "user_ref"; id: string }
  | { kind: "comment"; id: string }
  | { kind: "post"; id: string };

export type SendRequest =
  | {
      kind: "message";
      recipient: Recipient;
      messagingType: "RESPONSE" | "UPDATE" | "MESSAGE_TAG" | undefined;
      tag: string | undefined;
      message: MetaMessage;
      replyTo: string | undefined;
      /** The body as received, kept in the chat. */
      body: Record<string, unknown>;
    }
  | { kind: "action"; recipient: Recipient; action: "typing_on" | "typing_off" | "mark_seen" };

export function validateSendRequest(input: unknown, rules: MetaRules): SendRequest {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw metaError(100, "The parameter recipient is required", {
      problems: ["(body): must be a JSON object"],
    });
  }
  const body = Object.fromEntries(Object.entries(input));
  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) throw metaIssuesError(parsed.error.issues, body);
  const envelope = parsed.data;
  const recipient = readRecipient(envelope.recipient);
  if (envelope.sender_action !== undefined) {
    if (envelope.message !== undefined) {
      throw metaError(100, "Cannot send both message and sender action at the same time");
    }
    if (recipient.kind !== "user") {
      throw metaError(100, "param recipient[id] is required for a sender action");
    }
    return { kind: "action", recipient, action: envelope.sender_action };
  }
  if (envelope.message === undefined) {
    throw metaError(100, "Must send either message or sender action");
  }
  const message = messageRules(rules).safeParse(envelope.message);
  if (!message.success) throw metaIssuesError(message.error.issues, body, ["message"]);
  const privateReply = recipient.kind === "comment" || recipient.kind === "post";
  if (envelope.messaging_type === undefined && !privateReply) {
    throw metaError(100, "The parameter messaging_type is required");
  }
  return {
    kind: "message",
    recipient,
    messagingType: envelope.messaging_type,
    tag: envelope.tag,
    message: message.data,
    replyTo: envelope.reply_to?.mid,
    body,
  };
}

function readRecipient(recipient: z.infer<typeof envelopeSchema>["recipient"]): Recipient {
  const given: Recipient[] = [];
  if (recipient.id !== undefined) given.push({ kind: "user", id: recipient.id });
  if (recipient.user_ref !== undefined) given.push({ kind: "user_ref", id: recipient.user_ref });
  if (recipient.comment_id !== undefined) given.push({ kind: "comment", id: recipient.comment_id });
  if (recipient.post_id !== undefined) given.push({ kind: "post", id: recipient.post_id });
  const [only, ...more] = given;
  if (only === undefined)
    throw recipientError("param recipient must have one of id, user_ref, comment_id or post_id");
  if (more.length > 0)
    throw recipientError("param recipient must have exactly one of id, user_ref, comment_id or post_id");
  return only;
}

function recipientError(text: string): GraphError {
  return metaError(100, text);
}
