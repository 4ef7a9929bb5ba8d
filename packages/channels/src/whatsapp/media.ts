// Downloads media a customer sent on WhatsApp: metadata by media id, then the bytes from the short-lived
// URL with the same bearer token (PLATFORMS.md A11).
import { z } from "zod";
import { mapNetworkError } from "./error-map.js";
import {
  fetchGraph,
  fetchGraphJson,
  graphEndpoint,
  type WhatsAppGraphDeps,
  type WhatsAppNumberAccount,
} from "./fetch-graph.js";

const MediaInfoSchema = z.object({
  url: z.string().min(1),
  mime_type: z.string(),
  sha256: z.string().default(""),
  file_size: z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/).transform(Number)]),
});

/** One downloaded media file, with the metadata WhatsApp reported for it. */
export interface WhatsAppMedia {
  bytes: Buffer;
  mimeType: string;
  /** As WhatsApp reported it; not checked here. */
  sha256: string;
  /** As WhatsApp reported it. */
  fileSize: number;
}

/**
 * `GET /{version}/{mediaId}?phone_number_id=…` → `{ url, mime_type, sha256, file_size }`, then `GET url`
 * with the bearer token. The URL expires after 5 minutes and webhook media ids after 7 days, so call
 * this soon after the webhook and store the bytes. Throws ChannelError on any failure.
 */
export async function fetchWhatsAppMedia(
  deps: WhatsAppGraphDeps,
  account: WhatsAppNumberAccount,
  mediaId: string,
): Promise<WhatsAppMedia> {
  const infoUrl = graphEndpoint(deps, [mediaId], { phone_number_id: account.phoneNumberId });
  const info = await fetchGraphJson(deps, account.accessToken, infoUrl, { method: "GET" }, MediaInfoSchema);
  const response = await fetchGraph(deps, account.accessToken, info.url, { method: "GET" });
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw mapNetworkError(error);
  }
  return { bytes, mimeType: info.mime_type, sha256: info.sha256, fileSize: info.file_size };
}
