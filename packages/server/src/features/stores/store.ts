/**
 * A store (a counter of the brand): its business hours in its time zone, holidays, the channel accounts it
 * serves, and the replies a customer gets on entering the human queue. The rules schemas check what the
 * API receives and name the field of every broken rule (`hours.monday[1].end`).
 */
import { z } from "zod";
import { HolidaysSchema, isTimeZone, WeeklyHoursSchema } from "@switchboard/core";
import type { Holiday, WeeklyHours } from "@switchboard/core";

export const REPLY_TEXT_MAX = 4096;

/** A reply text; blank means none (null). */
export const ReplyTextSchema = z
  .string()
  .trim()
  .max(REPLY_TEXT_MAX, `at most ${REPLY_TEXT_MAX} characters`)
  .nullable()
  .transform((text) => (text === null || text === "" ? null : text));

export const TimeZoneSchema = z.string().refine(isTimeZone, "unknown IANA time zone, e.g. Asia/Taipei");

/** When the queue replies apply and what they say; kept by a store, or by an account without one. */
export interface QueueReplySettings {
  timeZone: string;
  hours: WeeklyHours;
  holidays: Holiday[];
  /** Sent once when a conversation enters the queue outside business hours; null: nothing. */
  offlineReply: string | null;
  /** Sent once when a conversation enters the queue during business hours; null: nothing. */
  instantReply: string | null;
}

export const QueueReplySettingsSchema = z
  .object({
    timeZone: TimeZoneSchema,
    hours: WeeklyHoursSchema,
    holidays: HolidaysSchema,
    offlineReply: ReplyTextSchema,
    instantReply: ReplyTextSchema,
  })
  .strict();

export interface StoreChannelAccount {
  channelAccountId: string;
  /** This store answers for the account when nothing else chooses one. An account has one default at most. */
  isDefault: boolean;
}

const StoreChannelAccountSchema = z
  .object({ channelAccountId: z.string().min(1, "required"), isDefault: z.boolean().default(false) })
  .strict();

/** Everything a store's owner edits; each account at most once. */
export const StoreRulesSchema = QueueReplySettingsSchema.extend({
  name: z.string().trim().min(1, "required").max(80, "at most 80 characters"),
  channelAccounts: z
    .array(StoreChannelAccountSchema)
    .max(100, "at most 100 channel accounts")
    .superRefine((links, ctx) => {
      const seen = new Map<string, number>();
      links.forEach((link, index) => {
        const first = seen.get(link.channelAccountId);
        if (first === undefined) seen.set(link.channelAccountId, index);
        else
          ctx.addIssue({
            code: "custom",
            path: [index, "channelAccountId"],
            message: `${link.channelAccountId} is listed twice (first at [${first}])`,
          });
      });
    }),
}).strict();
export type StoreRules = z.infer<typeof StoreRulesSchema>;

export interface Store extends QueueReplySettings {
  id: string;
  name: string;
  channelAccounts: StoreChannelAccount[];
  createdAt: number;
  updatedAt: number;
}
