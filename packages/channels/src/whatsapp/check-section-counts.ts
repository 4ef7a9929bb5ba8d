/** Checks the sections of a list or product list: how many there are, and how many items they hold in all. */
import type { LimitViolation } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { SECTIONS_MAX, SECTIONS_MIN } from "./whatsapp-limits.js";

/**
 * Pushes `min_items`/`max_items` on `sections` when there are not 1 to 10 sections (A3.1), and
 * `max_total_items` when the items across all of them are more than `itemsMax`.
 */
export function checkSectionCounts(
  violations: LimitViolation[],
  sectionCount: number,
  itemCount: number,
  itemsMax: number,
): void {
  checkCount(violations, "sections", sectionCount, {
    platform: "WhatsApp",
    min: SECTIONS_MIN,
    max: SECTIONS_MAX,
  });
  checkCount(violations, "sections", itemCount, {
    platform: "WhatsApp",
    max: itemsMax,
    scope: "in total across all sections",
    maxRule: "max_total_items",
  });
}
