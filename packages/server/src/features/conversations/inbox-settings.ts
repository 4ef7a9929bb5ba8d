/** A channel account's inbox rules: auto-close idle conversations, and where a returning customer lands. */
import { z } from "zod";

export const InboxSettingsSchema = z
  .object({
    /** Minutes without a message after which an in-progress conversation closes; null: never. */
    autoCloseAfterMinutes: z
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 90)
      .nullable(),
    /** A customer writing after the close reaches the bot (when the account runs one) or the queue. */
    reopenTo: z.enum(["bot", "pending"]),
  })
  .strict();
export type InboxSettings = z.infer<typeof InboxSettingsSchema>;

export const DEFAULT_INBOX_SETTINGS: InboxSettings = { autoCloseAfterMinutes: null, reopenTo: "bot" };
