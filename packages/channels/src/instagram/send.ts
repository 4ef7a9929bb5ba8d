// Sends an Instagram Send API request (PLATFORMS.md Part C): `POST /{version}/me/messages` on
// graph.facebook.com with the linked Page's token, or on graph.instagram.com with an Instagram user token
// (Instagram API with Instagram Login). Which one is the `graphUrl` and token the caller passes.
import type { SendReceipt } from "@switchboard/core";
import type { MessagingGraphDeps, MessagingTokenAccount } from "../messenger/fetch-graph.js";
import { sendSendApiRequest, sendSenderAction, type SenderAction } from "../messenger/send.js";

/** Sends a request from `toSendApiRequest`; throws ChannelError (2534022: outside the window). */
export function sendInstagramRequest(
  deps: MessagingGraphDeps,
  account: MessagingTokenAccount,
  request: Record<string, unknown>,
): Promise<SendReceipt> {
  return sendSendApiRequest(deps, account, request, "Instagram");
}

/** Typing on or off, or the customer's messages marked seen. Throws ChannelError. */
export function sendInstagramSenderAction(
  deps: MessagingGraphDeps,
  account: MessagingTokenAccount,
  recipientId: string,
  action: SenderAction,
): Promise<void> {
  return sendSenderAction(deps, account, recipientId, action, "Instagram");
}
