/**
 * The rules a condition node checks: contact attributes, tags, the channel, and the local time of day or
 * weekday in a given IANA time zone.
 */
import { z } from "zod";

/** True when `Intl` knows the IANA zone name (e.g. "Asia/Taipei"). */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const TimeZoneSchema = z.string().refine(isTimeZone, { message: "not an IANA time zone, e.g. Asia/Taipei" });
const ClockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "expected HH:MM, 00:00–23:59" });

export const WeekdaySchema = z.enum(["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
export type Weekday = z.infer<typeof WeekdaySchema>;

/** One test of a condition node. */
export const ConditionRuleSchema = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal("attribute"),
      attribute: z.string().min(1),
      /** `equals`/`not_equals`/`contains` compare case-, width- and accent-insensitively; the others as numbers. */
      operator: z.enum([
        "equals",
        "not_equals",
        "contains",
        "exists",
        "not_exists",
        "greater_than",
        "less_than",
      ]),
      value: z.string().default(""),
    })
    .strict(),
  z.object({ type: z.literal("tag"), tag: z.string().min(1), operator: z.enum(["has", "lacks"]) }).strict(),
  z.object({ type: z.literal("channel"), channels: z.array(z.string().min(1)).min(1) }).strict(),
  z
    .object({
      type: z.literal("time_of_day"),
      timeZone: TimeZoneSchema,
      /** Inclusive start; when `from` is after `to` the range wraps past midnight (22:00–06:00). */
      from: ClockTimeSchema,
      /** Exclusive end. */
      to: ClockTimeSchema,
    })
    .strict(),
  z
    .object({ type: z.literal("weekday"), timeZone: TimeZoneSchema, days: z.array(WeekdaySchema).min(1) })
    .strict(),
]);
export type ConditionRule = z.infer<typeof ConditionRuleSchema>;
