// A WhatsApp Cloud API webhook body (PLATFORMS.md A7.3) → the neutral events in it: customer messages,
// delivery statuses, account errors, and every other subscribed field kept as-is.
import { z } from "zod";
import type { InboundEvent } from "@switchboard/core";
import { parseWhatsAppErrorDetails } from "./parse-error-details.js";
import { parseWhatsAppInboundMessage, parseWhatsAppProfiles } from "./parse-inbound-message.js";
import { parseWhatsAppStatus } from "./parse-status.js";
import { parseWhatsAppTemplateStatus } from "./parse-template-status.js";

const EnvelopeSchema = z.object({
  object: z.literal("whatsapp_business_account"),
  entry: z.array(z.unknown()),
});
const EntrySchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  time: z.number().optional().catch(undefined),
  changes: z.array(z.unknown()),
});
const ChangeSchema = z.object({
  field: z.string().min(1),
  value: z.unknown().refine((value) => value !== undefined),
});
const PhoneNumberSchema = z.object({ metadata: z.object({ phone_number_id: z.string().min(1) }) });
const MessagesValueSchema = z.object({
  metadata: z.object({ phone_number_id: z.string().min(1) }),
  contacts: z.unknown().optional(),
  messages: z.array(z.unknown()).optional().catch(undefined),
  statuses: z.array(z.unknown()).optional().catch(undefined),
  errors: z.array(z.unknown()).optional().catch(undefined),
});

/**
 * Pure and total: never throws. A body that is not a `whatsapp_business_account` envelope gives [];
 * malformed entries, changes and items are skipped, the rest still parse. Events come in payload order.
 *
 * Events are routed by `metadata.phone_number_id` (`accountExternalId`). `messages` changes without it
 * are skipped. `message_template_status_update` becomes a `template_status` event of the entry id (the
 * WABA id). Other fields (user preferences, account updates, …) become `other` events carrying the
 * change's `value` as `raw`; fields without a phone number (most WABA-level ones) are attributed to the
 * entry id, which is the WABA id.
 */
export function parseWhatsAppWebhook(body: unknown): InboundEvent[] {
  const envelope = EnvelopeSchema.safeParse(body);
  if (!envelope.success) return [];
  const events: InboundEvent[] = [];
  for (const rawEntry of envelope.data.entry) {
    const entry = EntrySchema.safeParse(rawEntry);
    if (!entry.success) continue;
    for (const rawChange of entry.data.changes) {
      const change = ChangeSchema.safeParse(rawChange);
      if (!change.success) continue;
      const { field, value } = change.data;
      if (field === "messages") events.push(...parseMessagesValue(value));
      else if (field === "message_template_status_update") {
        const event = parseWhatsAppTemplateStatus(value, entry.data.id, entry.data.time);
        events.push(
          event ?? {
            type: "other",
            channel: "whatsapp",
            accountExternalId: entry.data.id,
            field,
            raw: value,
          },
        );
      } else {
        const accountExternalId =
          PhoneNumberSchema.safeParse(value).data?.metadata.phone_number_id ?? entry.data.id;
        events.push({ type: "other", channel: "whatsapp", accountExternalId, field, raw: value });
      }
    }
  }
  return events;
}

/** A `messages` change: inbound messages, then statuses, then one account error event for `errors`. */
function parseMessagesValue(value: unknown): InboundEvent[] {
  const parsed = MessagesValueSchema.safeParse(value);
  if (!parsed.success) return [];
  const { metadata, contacts, messages, statuses, errors } = parsed.data;
  const accountExternalId = metadata.phone_number_id;
  const events: InboundEvent[] = [];
  if (messages) {
    const profiles = parseWhatsAppProfiles(contacts);
    for (const item of messages) {
      const event = parseWhatsAppInboundMessage(item, accountExternalId, profiles);
      if (event) events.push(event);
    }
  }
  for (const item of statuses ?? []) {
    const event = parseWhatsAppStatus(item, accountExternalId);
    if (event) events.push(event);
  }
  if (errors && errors.length > 0) {
    const details = parseWhatsAppErrorDetails(errors);
    events.push({
      type: "account_error",
      channel: "whatsapp",
      accountExternalId,
      errors: details,
      raw: value,
    });
  }
  if (!messages && !statuses && !errors) {
    // Something new on the `messages` field: keep it rather than drop it.
    events.push({ type: "other", channel: "whatsapp", accountExternalId, field: "messages", raw: value });
  }
  return events;
}
