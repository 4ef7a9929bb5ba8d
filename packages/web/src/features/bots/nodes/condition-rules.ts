/** The kinds of test a condition can make, and what a new test of each kind starts as. */
import type { ConditionRule, Weekday } from "../../../api/bots-api";

export type RuleType = ConditionRule["type"];

export const ruleTypes: readonly RuleType[] = ["tag", "attribute", "channel", "time_of_day", "weekday"];

export const weekdays: readonly Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

export const attributeOperators = [
  "equals",
  "not_equals",
  "contains",
  "exists",
  "not_exists",
  "greater_than",
  "less_than",
] as const;

/** The time zone new time rules start in: the author's own. */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Pure (apart from reading the author's time zone): a new rule of `type`. */
export function newRule(type: RuleType): ConditionRule {
  switch (type) {
    case "tag":
      return { type, tag: "", operator: "has" };
    case "attribute":
      return { type, attribute: "", operator: "equals", value: "" };
    case "channel":
      return { type, channels: ["whatsapp"] };
    case "time_of_day":
      return { type, timeZone: localTimeZone(), from: "09:00", to: "18:00" };
    case "weekday":
      return { type, timeZone: localTimeZone(), days: ["mon", "tue", "wed", "thu", "fri"] };
  }
}

/** Pure: `list` with `item` added or removed, in the order of `order`. */
export function toggled<T extends string>(
  list: readonly T[],
  item: T,
  on: boolean,
  order: readonly T[],
): T[] {
  const chosen = new Set(list);
  if (on) chosen.add(item);
  else chosen.delete(item);
  return order.filter((candidate) => chosen.has(candidate));
}
