// Sends a Send API request (a message, a private reply or a sender action) through `POST /me/messages`
// (PLATFORMS.md B1, B7); Instagram uses the same calls with its own token and host.
import { z } from "zod";
import type { SendReceipt } from "@switchboard/core";
import {
  fetchMessagingJson,
  messagingEndpoint,
  type MessagingGraphDeps,
  type MessagingTokenAccount,
} from "./fetch-graph.js";

const SendResponseSchema = z.object({
  recipient_id: z.string().min(1).optional(),
  message_id: z.string().min(1),
});
const ActionResponseSchema = z.object({ recipient_id: z.string().optional() });

/** What a sender action shows the customer: typing on or off, or our having seen their messages. */
export type SenderAction = "typing_on" | "typing_off" | "mark_seen";

/**
 * POSTs `request` (from `toSendApiRequest`) to `/{version}/me/messages` with the account's token; `me`
 * is the Page (Page token) or the Instagram account (Instagram token). A 200 only means accepted:
 * delivery and reads arrive later as webhooks. Throws ChannelError on any failure; after a network error
 * the message may or may not have been accepted.
 */
export async function sendSendApiRequest(
  deps: MessagingGraphDeps,
  account: MessagingTokenAccount,
  request: Record<string, unknown>,
  platform: string,
): Promise<SendReceipt> {
  const url = messagingEndpoint(deps, ["me", "messages"]);
  const answer = await fetchMessagingJson(
    deps,
    account,
    url,
    { method: "POST", json: request },
    SendResponseSchema,
    platform,
  );
  return answer.recipient_id === undefined
    ? { providerMessageId: answer.message_id }
    : { providerMessageId: answer.message_id, recipientExternalId: answer.recipient_id };
}

/** `sendSendApiRequest` for Messenger, with a Page access token. */
export function sendMessengerRequest(
  deps: MessagingGraphDeps,
  account: MessagingTokenAccount,
  request: Record<string, unknown>,
): Promise<SendReceipt> {
  return sendSendApiRequest(deps, account, request, "Messenger");
}

/**
 * Shows the typing indicator (until our reply, or about 20 seconds), hides it, or marks the customer's
 * messages seen: `{ recipient: { id }, sender_action }` with no message. Throws ChannelError on failure.
 */
export async function sendSenderAction(
  deps: MessagingGraphDeps,
  account: MessagingTokenAccount,
  recipientId: string,
  action: SenderAction,
  platform = "Messenger",
): Promise<void> {
  const url = messagingEndpoint(deps, ["me", "messages"]);
  const json = { recipient: { id: recipientId }, sender_action: action };
  await fetchMessagingJson(deps, account, url, { method: "POST", json }, ActionResponseSchema, platform);
}
