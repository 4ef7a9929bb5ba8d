/** LINE quick replies: up to 13 buttons under a message, gone once the customer taps or writes (D2). */
import type { LimitViolation } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { QUICK_REPLY_ITEMS_MAX } from "./line-limits.js";
import type { LineAction, LineQuickReplyItem } from "./line-message-types.js";

/**
 * `{ items }` with one `action` item per action; 1–13 items, counted at `path` (e.g.
 * `sections[0].options`) as `unit` ("options").
 */
export function quickReply(
  violations: LimitViolation[],
  actions: LineAction[],
  path: string,
  unit: string,
): { items: LineQuickReplyItem[] } {
  checkCount(violations, path, actions.length, {
    platform: "LINE",
    min: 1,
    max: QUICK_REPLY_ITEMS_MAX,
    unit,
    scope: "as quick replies",
  });
  return { items: actions.map((action) => ({ type: "action", action })) };
}
