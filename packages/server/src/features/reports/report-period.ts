/** The period a report covers: `[from, to)` in epoch milliseconds, at most a year long. */
import { z } from "zod";

export const MAX_REPORT_PERIOD_MS = 366 * 24 * 60 * 60 * 1000;

export interface ReportPeriod {
  from: number;
  to: number;
}

/** The query of every report: `from` and `to` (epoch ms); `to` after `from`, at most 366 days apart. */
export const ReportPeriodQuery = z
  .object({
    from: z.coerce.number().int("epoch milliseconds").min(0),
    to: z.coerce.number().int("epoch milliseconds").min(0),
  })
  .refine((period) => period.to > period.from, { message: "must be after from", path: ["to"] })
  .refine((period) => period.to - period.from <= MAX_REPORT_PERIOD_MS, {
    message: "at most 366 days after from",
    path: ["to"],
  });
