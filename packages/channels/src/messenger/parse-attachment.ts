/**
 * One attachment of a Messenger or Instagram message (PLATFORMS.md B5, Part C) → neutral content. The
 * platforms give no media id: the CDN `url` is both `mediaId` (what the media download fetches) and `url`.
 */
import { z } from "zod";
import type { InboundContent, MediaType } from "@switchboard/core";

const text = z.string().min(1).optional().catch(undefined);

const AttachmentSchema = z.object({
  type: z.string().min(1),
  // Older location and fallback attachments carry these beside the payload.
  title: text,
  url: text,
  payload: z
    .object({
      url: text,
      title: text,
      sticker_id: z.union([z.number(), z.string()]).optional().catch(undefined),
      coordinates: z.object({ lat: z.number(), long: z.number() }).optional().catch(undefined),
    })
    .nullish()
    .catch(undefined),
});

const MEDIA_TYPES = new Map<string, MediaType>([
  ["image", "image"],
  ["video", "video"],
  ["audio", "audio"],
  ["file", "document"],
  // A shared Instagram post arrives as its image; shared reels as their video.
  ["share", "image"],
  ["ig_post", "image"],
  ["reel", "video"],
  ["ig_reel", "video"],
]);

/** The text of a system message about a story mention; consoles may show their own words for the type. */
export const STORY_MENTION_TEXT = "Mentioned you in their story";

/**
 * - image/video/audio/file (and shared posts and reels) → `media`; an image with a `sticker_id` (the
 *   thumbs-up and other stickers) → media of type `sticker`; a reel's title becomes the caption.
 * - location (older clients) → `location` with the map URL.
 * - fallback (a shared link Messenger could not render) → `text` of its title and URL.
 * - story_mention (Instagram) → `system` of type `story_mention`; the story URL goes to the event's
 *   `context.story`, never downloaded (stories vanish after 24 hours).
 * - anything else, or a media attachment without a URL → `unsupported` with the platform's type.
 */
export function parseMessagingAttachment(value: unknown): InboundContent {
  const parsed = AttachmentSchema.safeParse(value);
  if (!parsed.success) return { kind: "unsupported", rawType: "attachment", errors: [] };
  const { type, payload } = parsed.data;
  const url = payload?.url ?? parsed.data.url;
  const title = payload?.title ?? parsed.data.title;
  if (type === "story_mention") {
    return { kind: "system", systemType: "story_mention", body: STORY_MENTION_TEXT };
  }
  if (type === "location" && payload?.coordinates) {
    const { lat, long } = payload.coordinates;
    return {
      kind: "location",
      latitude: lat,
      longitude: long,
      ...(title === undefined ? {} : { name: title }),
      ...(url === undefined ? {} : { url }),
    };
  }
  if (type === "fallback" && (url !== undefined || title !== undefined)) {
    return { kind: "text", text: [title, url].filter((part) => part !== undefined).join("\n") };
  }
  const mediaType = MEDIA_TYPES.get(type);
  if (mediaType === undefined || url === undefined) return { kind: "unsupported", rawType: type, errors: [] };
  const sticker = type === "image" && payload?.sticker_id !== undefined;
  const caption = type === "reel" || type === "ig_reel" ? title : undefined;
  return {
    kind: "media",
    mediaType: sticker ? "sticker" : mediaType,
    mediaId: url,
    url,
    ...(caption === undefined ? {} : { caption }),
  };
}
