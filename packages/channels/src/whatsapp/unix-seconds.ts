// WhatsApp timestamps: Unix seconds, sent as strings (PLATFORMS.md A7.4), read as epoch milliseconds.
import { z } from "zod";

/** `"1749416383"` (or the number 1749416383) → 1749416383000. */
export const UnixSecondsSchema = z
  .union([z.string().regex(/^\d{1,12}$/), z.number().int().nonnegative()])
  .transform((seconds) => Number(seconds) * 1000);
