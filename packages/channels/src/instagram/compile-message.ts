/**
 * The Instagram message compiler: Messenger's compiler with Instagram's rules (PLATFORMS.md Part C). Text,
 * media (image, video, audio, PDF as file), choices (button template for up to 3 options, quick
 * replies for 4–13) and link buttons; everything else is refused with its path.
 */
import type { LimitViolation, OutboundMessage, Result } from "@switchboard/core";
import { compileSendApiMessage, compileSendApiMessages } from "../messenger/compile-message.js";
import type { SendApiMessage } from "../messenger/compiled-body.js";
import { INSTAGRAM_RULES } from "./instagram-rules.js";

/** Pure: the Instagram Send API `message` object (wrap it with `toSendApiRequest`), or every broken limit. */
export function compileInstagramMessage(message: OutboundMessage): Result<SendApiMessage, LimitViolation[]> {
  return compileSendApiMessage(message, INSTAGRAM_RULES);
}

/** Pure: the Instagram Send API `message` objects, in order (a carousel's body, a split choice). */
export function compileInstagramMessages(
  message: OutboundMessage,
): Result<SendApiMessage[], LimitViolation[]> {
  return compileSendApiMessages(message, INSTAGRAM_RULES);
}
