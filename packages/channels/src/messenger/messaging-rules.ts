/**
 * What differs between the Messenger and Instagram compilers: the platform's name in violations and its
 * text limit (Messenger counts characters, Instagram UTF-8 bytes; PLATFORMS.md B2, Part C).
 */
import type { LimitViolation } from "@switchboard/core";
import { checkLength } from "../limits/check-length.js";
import { TEXT_MAX } from "./messenger-limits.js";

export interface MessagingRules {
  platform: "Messenger" | "Instagram";
  /** Checks a `message.text` (a text message, or the text quick replies hang on); required. */
  checkMessageText(violations: LimitViolation[], path: string, text: string): void;
}

export const MESSENGER_RULES: MessagingRules = {
  platform: "Messenger",
  checkMessageText: (violations, path, text) =>
    checkLength(violations, path, text, { platform: "Messenger", required: true, max: TEXT_MAX }),
};
