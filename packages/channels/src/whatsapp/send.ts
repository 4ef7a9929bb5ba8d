// Sends a compiled WhatsApp message (or a read receipt) through the Cloud API's `/messages` endpoint
// (PLATFORMS.md A1, A4).
import { z } from "zod";
import type { SendReceipt } from "@switchboard/core";
import {
  fetchGraphJson,
  graphEndpoint,
  type WhatsAppGraphDeps,
  type WhatsAppNumberAccount,
} from "./fetch-graph.js";

const SendResponseSchema = z.object({
  messages: z.tuple([z.object({ id: z.string().min(1) })], z.unknown()),
  contacts: z.array(z.object({ wa_id: z.string().optional() })).optional(),
});

const ReadResponseSchema = z.object({ success: z.boolean() });

/**
 * POSTs `request` (a native message body from the compiler) to `/{version}/{phoneNumberId}/messages`.
 * `messaging_product: "whatsapp"` is added when missing. A 200 only means *accepted*: delivery or
 * failure arrives later as a status webhook (PLATFORMS.md A1). Throws ChannelError on any failure;
 * after a network error the message may or may not have been accepted.
 */
export async function sendWhatsAppRequest(
  deps: WhatsAppGraphDeps,
  account: WhatsAppNumberAccount,
  request: Record<string, unknown>,
): Promise<SendReceipt> {
  const url = graphEndpoint(deps, [account.phoneNumberId, "messages"]);
  const json = { messaging_product: "whatsapp", ...request };
  const answer = await fetchGraphJson(
    deps,
    account.accessToken,
    url,
    { method: "POST", json },
    SendResponseSchema,
  );
  const providerMessageId = answer.messages[0].id;
  const recipient = answer.contacts?.[0]?.wa_id;
  return recipient === undefined
    ? { providerMessageId }
    : { providerMessageId, recipientExternalId: recipient };
}

/**
 * Marks a customer's message (and the ones before it) as read; with `showTyping` also shows the typing
 * indicator until our reply or for 25 seconds (PLATFORMS.md A4). Throws ChannelError on failure.
 */
export async function markWhatsAppMessageRead(
  deps: WhatsAppGraphDeps,
  account: WhatsAppNumberAccount,
  providerMessageId: string,
  options: { showTyping?: boolean } = {},
): Promise<void> {
  const url = graphEndpoint(deps, [account.phoneNumberId, "messages"]);
  const json = {
    messaging_product: "whatsapp",
    status: "read",
    message_id: providerMessageId,
    ...(options.showTyping ? { typing_indicator: { type: "text" } } : {}),
  };
  await fetchGraphJson(deps, account.accessToken, url, { method: "POST", json }, ReadResponseSchema);
}
