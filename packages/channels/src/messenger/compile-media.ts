/** Compiles a neutral media message into a Send API attachment (PLATFORMS.md B2, Part C). */
import type { LimitViolation, MediaSource, MessageOf } from "@switchboard/core";
import { checkId } from "../limits/check-id.js";
import { nonBlank } from "../limits/check-length.js";
import { checkHttpUrl } from "../limits/check-url.js";
import { notAllowed } from "./compile-not-allowed.js";
import type { SendApiMediaPayload, SendApiMessage } from "./compiled-body.js";
import type { MessagingRules } from "./messaging-rules.js";

const ATTACHMENT_TYPES = { image: "image", video: "video", audio: "audio", document: "file" } as const;

/** A public URL Meta fetches (kept reusable), or an id from the Attachment Upload API. */
export function compileMediaPayload(
  violations: LimitViolation[],
  path: string,
  source: MediaSource,
  platform: string,
): SendApiMediaPayload {
  if ("url" in source) {
    checkHttpUrl(violations, `${path}.url`, source.url, { platform });
    return { url: source.url, is_reusable: true };
  }
  checkId(violations, `${path}.mediaId`, source.mediaId, { platform });
  return { attachment_id: source.mediaId };
}

/**
 * Images, videos, audio and documents (as `file`). Attachments carry no caption and no file name on these
 * platforms, and stickers cannot be sent: each is a `not_allowed` violation, never dropped silently.
 */
export function compileMedia(
  violations: LimitViolation[],
  message: MessageOf<"media">,
  rules: MessagingRules,
): SendApiMessage {
  const { platform } = rules;
  const payload = compileMediaPayload(violations, "source", message.source, platform);
  if (nonBlank(message.caption) !== undefined) {
    notAllowed(
      violations,
      "caption",
      `${platform} attachments have no caption; send the text as its own message`,
    );
  }
  if (nonBlank(message.filename) !== undefined) {
    notAllowed(violations, "filename", `${platform} takes the file name from the file itself; remove it`);
  }
  if (message.mediaType === "sticker") {
    notAllowed(violations, "mediaType", `${platform} cannot send stickers; send an image instead`);
    return { attachment: { type: "image", payload } };
  }
  return { attachment: { type: ATTACHMENT_TYPES[message.mediaType], payload } };
}
