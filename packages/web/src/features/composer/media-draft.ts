/** The media editor's state (a file by public URL), and the neutral `media` message it becomes. */
import type { OutboundMessageInput } from "../../api/types";

/** The kinds of file an agent can send by URL; stickers are not offered (most channels refuse them). */
export const MEDIA_TYPES = ["image", "video", "audio", "document"] as const;
export type ComposerMediaType = (typeof MEDIA_TYPES)[number];

export interface MediaDraft {
  mediaType: ComposerMediaType;
  url: string;
  /** Shown to the customer for documents only. */
  filename: string;
}

export function newMediaDraft(): MediaDraft {
  return { mediaType: "image", url: "", filename: "" };
}

/** Pure: whether the draft has what every media message needs (a URL); the rest is the server's to check. */
export function isMediaDraftReady(draft: MediaDraft): boolean {
  return draft.url.trim() !== "";
}

/**
 * Pure: caption + draft → the neutral message. The URL is trimmed (a pasted URL often carries a space);
 * an empty caption is left out, and the file name is sent for documents only. A URL the schema refuses
 * comes back from the server as a problem on `source.url`.
 */
export function buildMediaMessage(caption: string, draft: MediaDraft): OutboundMessageInput {
  const message: OutboundMessageInput = {
    kind: "media",
    mediaType: draft.mediaType,
    source: { url: draft.url.trim() },
  };
  if (caption.trim() !== "") message.caption = caption;
  if (draft.mediaType === "document" && draft.filename.trim() !== "")
    message.filename = draft.filename.trim();
  return message;
}
