/**
 * Splits one WhatsApp webhook body (Meta batches up to 1000 updates) into one body per update, each in
 * the same envelope, so every update is stored, deduplicated and processed on its own.
 */
import { z } from "zod";

export interface WebhookItem {
  /** The channel account it is addressed to: `metadata.phone_number_id`, else the WABA id (account-level events). */
  accountExternalId: string;
  /** Same for every redelivery of this update; undefined when the platform gives no id (hash the body). */
  dedupeKey: string | undefined;
  /** A complete webhook body holding only this update. */
  body: Record<string, unknown>;
}

const Item = z.looseObject({});
const Value = z.looseObject({
  metadata: z.looseObject({ phone_number_id: z.string() }).optional(),
  messages: z.array(Item).optional(),
  statuses: z.array(Item).optional(),
  errors: z.array(Item).optional(),
});
const Envelope = z.object({
  object: z.literal("whatsapp_business_account"),
  entry: z.array(
    z.looseObject({
      id: z.string(),
      changes: z.array(z.looseObject({ field: z.string(), value: z.unknown() })),
    }),
  ),
});
const IdOf = z.looseObject({ id: z.string(), status: z.string().optional() });

export function splitWhatsAppWebhook(body: unknown): WebhookItem[] {
  const envelope = Envelope.safeParse(body);
  if (!envelope.success) return [];
  const items: WebhookItem[] = [];
  for (const entry of envelope.data.entry) {
    for (const change of entry.changes) {
      const wrap = (value: unknown): Record<string, unknown> => ({
        object: "whatsapp_business_account",
        entry: [{ id: entry.id, changes: [{ field: change.field, value }] }],
      });
      const value = Value.safeParse(change.value);
      if (change.field !== "messages" || !value.success) {
        // Number-level updates name their phone number; account-level ones (templates) only the WABA.
        const account = value.success ? (value.data.metadata?.phone_number_id ?? entry.id) : entry.id;
        items.push({ accountExternalId: account, dedupeKey: undefined, body: wrap(change.value) });
        continue;
      }
      const { messages, statuses, errors, ...shared } = value.data;
      const account = value.data.metadata?.phone_number_id ?? entry.id;
      for (const message of messages ?? []) {
        const id = IdOf.safeParse(message);
        items.push({
          accountExternalId: account,
          dedupeKey: id.success ? `message:${id.data.id}` : undefined,
          body: wrap({ ...shared, messages: [message] }),
        });
      }
      for (const status of statuses ?? []) {
        const id = IdOf.safeParse(status);
        items.push({
          accountExternalId: account,
          dedupeKey: id.success ? `status:${id.data.id}:${id.data.status ?? ""}` : undefined,
          body: wrap({ ...shared, statuses: [status] }),
        });
      }
      if (errors !== undefined && errors.length > 0) {
        items.push({ accountExternalId: account, dedupeKey: undefined, body: wrap({ ...shared, errors }) });
      }
    }
  }
  return items;
}
