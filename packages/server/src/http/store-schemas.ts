/**
 * Request shapes and answer views of the stores and queue-replies routes. The shapes check types only
 * (400); the rules (clock times, overlaps, time zones…) answer 422 naming the field, e.g. `hours.monday[1].end`.
 */
import { z } from "zod";

const IntervalShape = z.looseObject({
  start: z.string().describe("HH:MM, local time"),
  end: z.string().describe("HH:MM or 24:00; earlier than start: on the next day (22:00–02:00)"),
});
const DayShape = z.array(IntervalShape).optional().describe("Opening intervals; absent or empty: closed");
const WeekShape = z
  .looseObject({
    monday: DayShape,
    tuesday: DayShape,
    wednesday: DayShape,
    thursday: DayShape,
    friday: DayShape,
    saturday: DayShape,
    sunday: DayShape,
  })
  .describe("Opening intervals per weekday; no two may overlap");
const HolidayShape = z.looseObject({
  date: z.string().describe("YYYY-MM-DD"),
  name: z.string().optional(),
  hours: z
    .array(IntervalShape)
    .optional()
    .describe("Special hours replacing the weekday's; absent or empty: closed all day"),
});
const ReplyShape = z.string().nullable().optional();

/** What a store and an account's own queue replies share. */
export const QueueReplySettingsPatch = z.looseObject({
  timeZone: z.string().optional().describe("IANA time zone the hours are read in, e.g. Asia/Taipei"),
  hours: WeekShape.optional(),
  holidays: z.array(HolidayShape).optional(),
  offlineReply: ReplyShape.describe(
    "Sent once when a conversation enters the queue outside business hours; null or blank: none",
  ),
  instantReply: ReplyShape.describe(
    "Sent once when a conversation enters the queue during business hours; null or blank: none",
  ),
});

export const StorePatchBody = QueueReplySettingsPatch.extend({
  name: z.string().optional(),
  channelAccounts: z
    .array(
      z.looseObject({
        channelAccountId: z.string(),
        isDefault: z.boolean().optional().describe("The account's default store; one per account"),
      }),
    )
    .optional()
    .describe("The channel accounts the store serves; replaces the list"),
});
export const StoreCreateBody = StorePatchBody.extend({ name: z.string(), timeZone: z.string() });

const IntervalView = z.object({ start: z.string(), end: z.string() });
const DayView = z.array(IntervalView);

export const QueueReplySettingsView = z.object({
  timeZone: z.string(),
  hours: z.object({
    monday: DayView,
    tuesday: DayView,
    wednesday: DayView,
    thursday: DayView,
    friday: DayView,
    saturday: DayView,
    sunday: DayView,
  }),
  holidays: z.array(z.object({ date: z.string(), name: z.string().optional(), hours: DayView })),
  offlineReply: z.string().nullable(),
  instantReply: z.string().nullable(),
});

export const StoreView = QueueReplySettingsView.extend({
  id: z.string(),
  name: z.string(),
  channelAccounts: z.array(z.object({ channelAccountId: z.string(), isDefault: z.boolean() })),
  createdAt: z.number(),
  updatedAt: z.number(),
});
