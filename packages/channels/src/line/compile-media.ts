/** Compiles a neutral media message into LINE image, video or audio messages, the caption as a text (D2). */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkText, nonBlank } from "./check-text.js";
import { checkMediaUrl } from "./check-url.js";
import { compileMediaUrl } from "./compile-media-url.js";
import type { LineCompileOptions } from "./compile-options.js";
import { TEXT_MAX } from "./line-limits.js";
import type { LineMessage } from "./line-message-types.js";
import { notAllowed } from "./not-allowed.js";

function requiredDetail(violations: LimitViolation[], what: string, option: string): void {
  violations.push({
    path: "source",
    rule: "required",
    message: `source: LINE needs ${what} (compile option ${option}), and none was given`,
  });
}

/**
 * Image, video and audio by HTTPS URL (≤2000); a video needs `options.previewImageUrl` and an audio
 * `options.audioDurationMs`, or a `required` violation names what is missing. A caption follows as a
 * text message (≤5000), since LINE media take none. Documents and stickers are refused: a LINE bot
 * cannot send a file, and LINE stickers are picked by package and sticker id, not sent as a file.
 */
export function compileMedia(
  violations: LimitViolation[],
  message: MessageOf<"media">,
  options: LineCompileOptions,
): LineMessage[] {
  const { mediaType } = message;
  if (mediaType === "document" || mediaType === "sticker") {
    const why =
      mediaType === "document"
        ? "a LINE bot cannot send a file; send a link to it (cta_url) instead"
        : "LINE stickers are picked by package and sticker id, not sent as a file";
    notAllowed(violations, "mediaType", why);
    return [];
  }
  if (nonBlank(message.filename) !== undefined) {
    notAllowed(violations, "filename", `LINE shows no file name on ${mediaType} messages`);
  }
  const url = compileMediaUrl(violations, "source", message.source, `the ${mediaType}`);
  const media = compileFile(violations, mediaType, url, options);
  const caption = nonBlank(message.caption);
  checkText(violations, "caption", caption, { max: TEXT_MAX, as: "sent as a text after the media" });
  return caption === undefined ? [media] : [media, { type: "text", text: caption }];
}

function compileFile(
  violations: LimitViolation[],
  mediaType: "image" | "video" | "audio",
  url: string,
  options: LineCompileOptions,
): LineMessage {
  const preview = options.previewImageUrl;
  if (preview !== undefined) checkMediaUrl(violations, "source", preview, "the preview image");
  switch (mediaType) {
    case "image":
      return { type: "image", originalContentUrl: url, previewImageUrl: preview ?? url };
    case "video":
      if (preview === undefined) requiredDetail(violations, "a preview image for a video", "previewImageUrl");
      return { type: "video", originalContentUrl: url, previewImageUrl: preview ?? "" };
    case "audio": {
      const duration = options.audioDurationMs;
      if (duration === undefined || !Number.isInteger(duration) || duration <= 0) {
        requiredDetail(violations, "the audio length in milliseconds", "audioDurationMs");
      }
      return { type: "audio", originalContentUrl: url, duration: duration ?? 0 };
    }
  }
}
