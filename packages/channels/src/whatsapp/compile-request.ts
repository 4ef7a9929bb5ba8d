/** Wraps a compiled WhatsApp message body in the Cloud API send envelope (PLATFORMS.md A1, A4). */
import type { WhatsAppMessageBody } from "./compiled-body.js";

export interface WhatsAppRequestOptions {
  /** Provider id (`wamid`) of the customer's message to quote. */
  replyToProviderId?: string;
  /** Echoed back by WhatsApp in this message's status webhooks. */
  callbackData?: string;
}

/** Phone numbers (digits, spaces, `-`, parentheses) without their leading "+". */
const PHONE_WITHOUT_PLUS = /^[\d\s()-]+$/;

/**
 * A phone number gets its leading "+": without it WhatsApp prepends the business number's country code
 * (A1, E10). Other recipient ids, such as business-scoped user ids, pass unchanged.
 */
function normaliseRecipient(to: string): string {
  const trimmed = to.trim();
  return PHONE_WITHOUT_PLUS.test(trimmed) ? `+${trimmed}` : trimmed;
}

/**
 * The full JSON body of `POST /{PHONE_NUMBER_ID}/messages` for one recipient. `body` is a compiled
 * message body, fresh from the compiler or read back from the outbox.
 */
export function toWhatsAppRequest(
  body: WhatsAppMessageBody | Record<string, unknown>,
  to: string,
  options: WhatsAppRequestOptions = {},
): Record<string, unknown> {
  return {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    to: normaliseRecipient(to),
    ...(options.replyToProviderId === undefined
      ? {}
      : { context: { message_id: options.replyToProviderId } }),
    ...(options.callbackData === undefined ? {} : { biz_opaque_callback_data: options.callbackData }),
    ...body,
  };
}
