/**
 * A Messenger or Instagram `referral` object (m.me / ig.me `ref` links, ads, the chat plugin; PLATFORMS.md
 * B5, B6) → the neutral InboundReferral.
 */
import { z } from "zod";
import type { InboundReferral } from "@switchboard/core";

const text = z.string().min(1).optional().catch(undefined);

const ReferralSchema = z.object({
  ref: text,
  source: text,
  type: text,
  ad_id: z.union([z.string(), z.number()]).transform(String).optional().catch(undefined),
  referer_uri: text,
  ads_context_data: z
    .object({ ad_title: text, photo_url: text, video_url: text, post_id: text })
    .optional()
    .catch(undefined),
});

/**
 * `ref` is the link's code; `source` (`SHORTLINK`, `ADS`, `CUSTOMER_CHAT_PLUGIN`…) becomes `sourceType`;
 * the ad id (or the ad's post id) `sourceId`; the plugin page `sourceUrl`. Undefined for anything that
 * is not an object.
 */
export function parseMessagingReferral(value: unknown): InboundReferral | undefined {
  const parsed = ReferralSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const { ref, source, ad_id, referer_uri, ads_context_data: ad } = parsed.data;
  const mediaType = ad?.video_url !== undefined ? "video" : ad?.photo_url !== undefined ? "image" : undefined;
  const referral: InboundReferral = {};
  if (ref !== undefined) referral.ref = ref;
  if (source !== undefined) referral.sourceType = source;
  const sourceId = ad_id ?? ad?.post_id;
  if (sourceId !== undefined) referral.sourceId = sourceId;
  if (referer_uri !== undefined) referral.sourceUrl = referer_uri;
  if (ad?.ad_title !== undefined) referral.headline = ad.ad_title;
  if (mediaType !== undefined) referral.mediaType = mediaType;
  return referral;
}
