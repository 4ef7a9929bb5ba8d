/** A `message_template_status_update` change value (PLATFORMS.md A5.4) → one neutral template status event. */
import { z } from "zod";
import type { TemplateStatusEvent } from "@switchboard/core";

const Text = z.string().trim().min(1);

const ValueSchema = z.object({
  event: Text,
  // A number in Meta's payload: read as a string so large ids keep every digit.
  message_template_id: z.union([z.number(), Text]).transform(String),
  message_template_name: Text,
  message_template_language: Text,
  reason: z.string().nullable().optional().catch(undefined),
  rejection_info: z
    .object({ reason: z.string().optional(), recommendation: z.string().optional() })
    .optional()
    .catch(undefined),
  disable_info: z.object({ disable_date: z.string().optional() }).optional().catch(undefined),
  other_info: z
    .object({ title: z.string().optional(), description: z.string().optional() })
    .optional()
    .catch(undefined),
});

type Value = z.infer<typeof ValueSchema>;

/** Meta's explanation in one sentence: rejection reason and advice, pause title and description, disable date. */
function reasonTextOf(value: Value): string | undefined {
  const parts: string[] = [];
  const rejection = value.rejection_info;
  if (rejection?.reason) parts.push(rejection.reason.trim());
  if (rejection?.recommendation) parts.push(rejection.recommendation.trim());
  const other = value.other_info;
  if (other?.title && other.description) parts.push(`${other.title}: ${other.description.trim()}`);
  else if (other?.title || other?.description) parts.push((other.title ?? other.description ?? "").trim());
  if (value.disable_info?.disable_date) parts.push(`Disabled on ${value.disable_info.disable_date}.`);
  const text = parts.filter((part) => part !== "").join(" ");
  return text === "" ? undefined : text;
}

/**
 * Pure: the event, or undefined when the value lacks the template's id, name, language or new status.
 * `wabaId` is the entry id; `time` the entry's Unix seconds, when given.
 */
export function parseWhatsAppTemplateStatus(
  value: unknown,
  wabaId: string,
  time: number | undefined,
): TemplateStatusEvent | undefined {
  const parsed = ValueSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const data = parsed.data;
  const reasonCode = data.reason === null || data.reason === undefined ? "" : data.reason.trim();
  const reasonText = reasonTextOf(data);
  return {
    type: "template_status",
    channel: "whatsapp",
    accountExternalId: wabaId,
    providerTemplateId: data.message_template_id,
    name: data.message_template_name,
    language: data.message_template_language,
    status: data.event.toUpperCase(),
    ...(reasonCode === "" || reasonCode.toUpperCase() === "NONE" ? {} : { reasonCode }),
    ...(reasonText === undefined ? {} : { reasonText }),
    ...(time === undefined ? {} : { timestamp: time * 1000 }),
    raw: value,
  };
}
