// One inbound WhatsApp message object (PLATFORMS.md A7.4) with its sender, reply context and ad referral
// → a neutral InboundMessageEvent.
import { z } from "zod";
import type { InboundMessageEvent, InboundReferral, InboundSender } from "@switchboard/core";
import { parseWhatsAppInboundContent } from "./parse-inbound-content.js";
import { UnixSecondsSchema } from "./unix-seconds.js";

const optionalText = z.string().optional();

const MessageSchema = z.object({
  id: z.string().min(1),
  from: optionalText,
  from_user_id: optionalText,
  timestamp: UnixSecondsSchema,
  type: z.string().min(1),
  context: z
    .object({
      id: optionalText,
      forwarded: z.boolean().optional(),
      frequently_forwarded: z.boolean().optional(),
      referred_product: z.object({ product_retailer_id: z.string() }).optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
  referral: z
    .object({
      source_url: optionalText,
      source_id: optionalText,
      source_type: optionalText,
      headline: optionalText,
      body: optionalText,
      media_type: optionalText,
      ctwa_clid: optionalText,
    })
    .optional()
    .catch(undefined),
});

const ProfileSchema = z.object({
  wa_id: optionalText,
  user_id: optionalText,
  profile: z.object({ name: optionalText }).optional().catch(undefined),
});

/** A sender as listed in the value's `contacts`: phone-based id, business-scoped id and profile name. */
export type WhatsAppProfile = z.output<typeof ProfileSchema>;

/** The value's `contacts` array, read leniently (odd entries are dropped). */
export function parseWhatsAppProfiles(contacts: unknown): WhatsAppProfile[] {
  if (!Array.isArray(contacts)) return [];
  return contacts.flatMap((entry) => {
    const parsed = ProfileSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * One item of `value.messages` → a message event, or undefined when the item lacks an id, a sender
 * (`from` or `from_user_id`), a timestamp or a type. `raw` is the item itself, untouched.
 */
export function parseWhatsAppInboundMessage(
  item: unknown,
  accountExternalId: string,
  profiles: WhatsAppProfile[],
): InboundMessageEvent | undefined {
  const record = z.record(z.string(), z.unknown()).safeParse(item);
  const parsed = MessageSchema.safeParse(item);
  if (!record.success || !parsed.success) return undefined;
  const message = parsed.data;
  if (message.from === undefined && message.from_user_id === undefined) return undefined;

  const event: InboundMessageEvent = {
    type: "message",
    channel: "whatsapp",
    accountExternalId,
    providerMessageId: message.id,
    sender: senderOf(message.from, message.from_user_id, profiles),
    timestamp: message.timestamp,
    content: parseWhatsAppInboundContent(record.data, message.type),
    raw: item,
  };
  const context = message.context;
  if (
    context &&
    (context.id || context.forwarded || context.frequently_forwarded || context.referred_product)
  ) {
    event.context = {
      replyToProviderId: context.id,
      forwarded: context.forwarded,
      frequentlyForwarded: context.frequently_forwarded,
      referredProductId: context.referred_product?.product_retailer_id,
    };
  }
  if (message.referral) event.referral = referralOf(message.referral);
  return event;
}

/**
 * `from` is the phone-based id (empty for username adopters, PLATFORMS.md A12); the profile is the
 * `contacts` entry with the same id, or the only entry when there is just one.
 */
function senderOf(
  from: string | undefined,
  fromUserId: string | undefined,
  profiles: WhatsAppProfile[],
): InboundSender {
  const profile =
    profiles.find((p) => (from && p.wa_id === from) || (fromUserId && p.user_id === fromUserId)) ??
    (profiles.length === 1 ? profiles[0] : undefined);
  return {
    externalId: from ?? "",
    scopedId: fromUserId ?? profile?.user_id,
    displayName: profile?.profile?.name,
  };
}

function referralOf(referral: NonNullable<z.output<typeof MessageSchema>["referral"]>): InboundReferral {
  return {
    sourceUrl: referral.source_url,
    sourceId: referral.source_id,
    sourceType: referral.source_type,
    headline: referral.headline,
    body: referral.body,
    mediaType: referral.media_type,
    clickId: referral.ctwa_clid,
  };
}
