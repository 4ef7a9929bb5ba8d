// Reads the `errors` arrays WhatsApp puts on statuses, unsupported messages and account-level webhooks.
import { z } from "zod";
import type { PlatformErrorDetail } from "@switchboard/core";

const ErrorDetailSchema = z.object({
  code: z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]),
  title: z.string().optional(),
  message: z.string().optional(),
  error_data: z.object({ details: z.string().optional() }).optional().catch(undefined),
});

/**
 * `[{ code, title, message, error_data: { details }, href }]` (PLATFORMS.md A8) → our error details.
 * Entries without a numeric code are dropped; anything that is not an array gives [].
 */
export function parseWhatsAppErrorDetails(errors: unknown): PlatformErrorDetail[] {
  if (!Array.isArray(errors)) return [];
  const details: PlatformErrorDetail[] = [];
  for (const item of errors) {
    const parsed = ErrorDetailSchema.safeParse(item);
    if (!parsed.success) continue;
    const { code, title, message, error_data } = parsed.data;
    details.push({ code, title, message, details: error_data?.details });
  }
  return details;
}
