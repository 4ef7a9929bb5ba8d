/** Compiles a neutral media message into WhatsApp's image, video, audio, document or sticker body (A2). */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkText, nonBlank } from "./check-text.js";
import { compileMediaSource } from "./compile-media-source.js";
import type { WhatsAppMessageBody } from "./compiled-body.js";
import { MEDIA_CAPTION_MAX } from "./whatsapp-limits.js";

function refuse(violations: LimitViolation[], path: string, what: string): void {
  violations.push({ path, rule: "not_allowed", message: `${path}: WhatsApp does not take one on ${what}` });
}

/**
 * Captions go on images, videos and documents only; a caption on audio or a sticker, or a file name on
 * anything but a document, is a `not_allowed` violation rather than something dropped. A blank caption
 * or file name is left out.
 */
export function compileMedia(violations: LimitViolation[], message: MessageOf<"media">): WhatsAppMessageBody {
  const media = compileMediaSource(violations, "source", message.source);
  const { mediaType } = message;
  const caption = nonBlank(message.caption);
  const filename = nonBlank(message.filename);
  if (mediaType === "audio" || mediaType === "sticker") {
    if (caption !== undefined) refuse(violations, "caption", `${mediaType} messages`);
  } else {
    checkText(violations, "caption", caption, { max: MEDIA_CAPTION_MAX });
  }
  if (filename !== undefined && mediaType !== "document") {
    refuse(violations, "filename", `${mediaType} messages`);
  }
  const captioned = caption === undefined ? media : { ...media, caption };
  switch (mediaType) {
    case "image":
      return { type: "image", image: captioned };
    case "video":
      return { type: "video", video: captioned };
    case "document":
      return { type: "document", document: filename === undefined ? captioned : { ...captioned, filename } };
    case "audio":
      return { type: "audio", audio: media };
    case "sticker":
      return { type: "sticker", sticker: media };
  }
}
