/**
 * A channel account's own sending rules — quiet hours and frequency caps — as stored in the database and
 * edited in the console. The schema is the single source of the type and checks times and time zones.
 */
import { z } from "zod";

/** True when `Intl` knows the IANA time zone name, e.g. `Asia/Taipei`. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:MM, 00:00 to 23:59");
const TimeZone = z.string().refine(isTimeZone, "unknown IANA time zone");

/**
 * No business-initiated sends from `start` (inclusive) to `end` (exclusive), local time. A window
 * may cross midnight (22:00–08:00); `start === end` means no quiet hours.
 */
export const QuietHoursSchema = z.object({ start: ClockTime, end: ClockTime, timeZone: TimeZone }).strict();
export type QuietHours = z.infer<typeof QuietHoursSchema>;

/** At most `max` sends of `topic` (or of any topic, for `all`) to one contact in any `perMs` span. */
export const FrequencyCapSchema = z
  .object({
    topic: z.string().min(1),
    max: z.number().int().min(1),
    perMs: z.number().int().min(1),
  })
  .strict();
export type FrequencyCap = z.infer<typeof FrequencyCapSchema>;

/** A word the customer writes alone to opt out of (or back into) a topic. */
export const TopicKeywordSchema = z
  .object({ keyword: z.string().trim().min(1).max(40), topic: z.string().trim().min(1).max(40) })
  .strict();

export const SendPolicySettingsSchema = z
  .object({
    quietHours: QuietHoursSchema.optional(),
    frequencyCaps: z.array(FrequencyCapSchema).optional(),
    /** Replace the default opt-out words (STOP, 退訂…). */
    optOutKeywords: z.array(TopicKeywordSchema).optional(),
    /** Replace the default opt-in words (START, 訂閱…). */
    optInKeywords: z.array(TopicKeywordSchema).optional(),
  })
  .strict();
/** The sending rules of one channel account; every part is optional. */
export type SendPolicySettings = z.infer<typeof SendPolicySettingsSchema>;
