/** A LINE webhook `message` object (D3) → what the customer sent, in neutral words. */
import { z } from "zod";
import type { InboundContent } from "@switchboard/core";

const Provider = z
  .object({ type: z.string(), originalContentUrl: z.string().optional() })
  .optional()
  .catch(undefined);

const ContentSchema = z.discriminatedUnion("type", [
  z.looseObject({ type: z.literal("text"), text: z.string() }),
  z.looseObject({ type: z.enum(["image", "video", "audio"]), contentProvider: Provider }),
  z.looseObject({ type: z.literal("file"), fileName: z.string().optional().catch(undefined) }),
  z.looseObject({
    type: z.literal("location"),
    latitude: z.number(),
    longitude: z.number(),
    title: z.string().optional().catch(undefined),
    address: z.string().optional().catch(undefined),
  }),
  z.looseObject({
    type: z.literal("sticker"),
    packageId: z.string(),
    stickerId: z.string(),
    stickerResourceType: z.string().optional().catch(undefined),
  }),
]);

/**
 * Text (LINE emoji and mentions stay in the raw event), image / video / audio / file with the message id
 * to download the content by (`media.ts`), or the sender's own URL when the content is `external`;
 * location; sticker (the message id as media id, but LINE serves no content for stickers: the package
 * and sticker ids are in the raw event). Anything else, or a known type without its fields, is
 * `unsupported` with its type.
 */
export function parseLineMessageContent(id: string, type: string, message: unknown): InboundContent {
  const parsed = ContentSchema.safeParse(message);
  if (!parsed.success) return { kind: "unsupported", rawType: type, errors: [] };
  const content = parsed.data;
  switch (content.type) {
    case "text":
      return { kind: "text", text: content.text };
    case "image":
    case "video":
    case "audio": {
      const external = content.contentProvider?.type === "external";
      const url = external ? content.contentProvider?.originalContentUrl : undefined;
      return { kind: "media", mediaType: content.type, mediaId: id, ...(url === undefined ? {} : { url }) };
    }
    case "file":
      return {
        kind: "media",
        mediaType: "document",
        mediaId: id,
        ...(content.fileName === undefined ? {} : { filename: content.fileName }),
      };
    case "location":
      return {
        kind: "location",
        latitude: content.latitude,
        longitude: content.longitude,
        ...(content.title === undefined || content.title === "" ? {} : { name: content.title }),
        ...(content.address === undefined || content.address === "" ? {} : { address: content.address }),
      };
    case "sticker":
      return {
        kind: "media",
        mediaType: "sticker",
        mediaId: id,
        animated: /ANIMATION|POPUP/.test(content.stickerResourceType ?? ""),
      };
  }
}
