/** Splits one Instagram webhook body into one body per messaging event or comment, as Messenger does. */
import { splitMessagingWebhook, type MessagingWebhookItem } from "../messenger/split-webhook.js";
import { INSTAGRAM_PLATFORM } from "../messenger/webhook-envelope.js";

/** `object: "instagram"` bodies only; keys as for Messenger (PLATFORMS.md Part C). */
export function splitInstagramWebhook(body: unknown): MessagingWebhookItem[] {
  return splitMessagingWebhook(body, INSTAGRAM_PLATFORM);
}
