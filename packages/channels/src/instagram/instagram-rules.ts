/**
 * Instagram's limits where they differ from Messenger's (PLATFORMS.md Part C): the message text is held to
 * 1000 UTF-8 bytes (about 333 CJK characters), the conservative reading of Meta's "1000" that leaves
 * open whether it counts bytes or characters. Quick replies (≤13, text only), button and generic
 * templates take Messenger's numbers.
 */
import type { LimitViolation } from "@switchboard/core";
import { checkUtf8Bytes } from "../limits/check-bytes.js";
import { checkLength } from "../limits/check-length.js";
import type { MessagingRules } from "../messenger/messaging-rules.js";

/** Part C: `message.text`, in UTF-8 bytes. */
export const INSTAGRAM_TEXT_MAX_BYTES = 1000;

function checkInstagramText(violations: LimitViolation[], path: string, text: string): void {
  checkLength(violations, path, text, { platform: "Instagram", required: true });
  checkUtf8Bytes(violations, path, text, { platform: "Instagram", max: INSTAGRAM_TEXT_MAX_BYTES });
}

export const INSTAGRAM_RULES: MessagingRules = {
  platform: "Instagram",
  checkMessageText: checkInstagramText,
};
