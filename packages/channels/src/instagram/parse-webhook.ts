// An Instagram webhook body (PLATFORMS.md Part C) → neutral events: messages (story mentions and replies,
// shares, reels), echoes (`is_echo` on `messages`), postbacks (ice breakers, template buttons), ig.me
// referrals, reads (`messaging_seen`) and comments. The envelope walk is Messenger's.
import type { InboundEvent } from "@switchboard/core";
import { parseMessagingWebhook } from "../messenger/parse-webhook.js";
import { INSTAGRAM_PLATFORM } from "../messenger/webhook-envelope.js";
import { parseInstagramChange } from "./parse-comment.js";

/** Pure and total; `accountExternalId` is the Instagram professional account id (`entry.id`). */
export function parseInstagramWebhook(body: unknown): InboundEvent[] {
  return parseMessagingWebhook(body, INSTAGRAM_PLATFORM, parseInstagramChange);
}
