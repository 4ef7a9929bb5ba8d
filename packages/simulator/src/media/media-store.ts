/**
 * Uploaded and customer-sent media, kept in memory up to a byte budget (oldest dropped first), with
 * Meta's type and size rules (PLATFORMS.md A2, A11).
 */
import { createHash } from "node:crypto";

export interface StoredMedia {
  id: string;
  /** The business number that uploaded it or received it. */
  phoneNumberId: string;
  mimeType: string;
  sha256: string;
  data: Buffer;
  filename?: string;
  createdAt: number;
}

export type MediaKind = "image" | "video" | "audio" | "document" | "sticker";

const MB = 1024 * 1024;

/** Accepted MIME types and the size limit of each media kind. */
export const MEDIA_RULES: Record<MediaKind, { types: string[]; maxBytes: number }> = {
  image: { types: ["image/jpeg", "image/png"], maxBytes: 5 * MB },
  video: { types: ["video/mp4", "video/3gpp"], maxBytes: 16 * MB },
  audio: { types: ["audio/aac", "audio/amr", "audio/mpeg", "audio/mp4", "audio/ogg"], maxBytes: 16 * MB },
  document: {
    types: [
      "text/plain",
      "application/pdf",
      "application/msword",
      "application/vnd.ms-excel",
      "application/vnd.ms-powerpoint",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ],
    maxBytes: 100 * MB,
  },
  sticker: { types: ["image/webp"], maxBytes: 500 * 1024 },
};

/** The media kind a MIME type belongs to (image/webp counts as a sticker). */
export function mediaKindOf(mimeType: string): MediaKind | undefined {
  const essence = mimeType.split(";")[0]?.trim().toLowerCase() ?? "";
  for (const [kind, rule] of Object.entries(MEDIA_RULES)) {
    if (rule.types.includes(essence) && isMediaKind(kind)) return kind;
  }
  return undefined;
}

function isMediaKind(kind: string): kind is MediaKind {
  return Object.hasOwn(MEDIA_RULES, kind);
}

export class MediaStore {
  private readonly byId = new Map<string, StoredMedia>();
  private bytes = 0;

  constructor(private readonly maxBytes = 512 * MB) {}

  add(media: Omit<StoredMedia, "sha256">): StoredMedia {
    const stored: StoredMedia = { ...media, sha256: createHash("sha256").update(media.data).digest("hex") };
    this.byId.set(stored.id, stored);
    this.bytes += stored.data.length;
    for (const [id, old] of this.byId) {
      if (this.bytes <= this.maxBytes || id === stored.id) break;
      this.byId.delete(id);
      this.bytes -= old.data.length;
    }
    return stored;
  }

  get(id: string): StoredMedia | undefined {
    return this.byId.get(id);
  }

  remove(id: string): boolean {
    const media = this.byId.get(id);
    if (media === undefined) return false;
    this.bytes -= media.data.length;
    return this.byId.delete(id);
  }
}
