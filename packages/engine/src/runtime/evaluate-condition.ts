/** Decides a condition node's rules against the contact, the channel and the local time. */
import type { ConditionRule } from "../bot/condition-schema.js";
import type { NodeOf } from "../bot/node-schema.js";
import { normalizeReply } from "./normalize-reply.js";
import { zonedClock } from "./zoned-clock.js";

/** What a condition may look at, as it stands at this point of the step. */
export interface ConditionFacts {
  now: number;
  channel: string;
  attributes: Readonly<Record<string, string>>;
  tags: ReadonlySet<string>;
}

/** True when all (or, with `match: "any"`, at least one) of the node's rules hold. */
export function evaluateCondition(node: NodeOf<"condition">, facts: ConditionFacts): boolean {
  const results = node.rules.map((rule) => holds(rule, facts));
  return node.match === "all" ? results.every(Boolean) : results.some(Boolean);
}

function holds(rule: ConditionRule, facts: ConditionFacts): boolean {
  switch (rule.type) {
    case "attribute":
      return attributeHolds(rule, facts.attributes[rule.attribute]);
    case "tag":
      return facts.tags.has(rule.tag) === (rule.operator === "has");
    case "channel":
      return rule.channels.includes(facts.channel);
    case "time_of_day": {
      const { minutes } = zonedClock(facts.now, rule.timeZone);
      const from = clockMinutes(rule.from);
      const to = clockMinutes(rule.to);
      return from <= to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
    }
    case "weekday":
      return rule.days.includes(zonedClock(facts.now, rule.timeZone).weekday);
  }
}

function attributeHolds(
  rule: Extract<ConditionRule, { type: "attribute" }>,
  value: string | undefined,
): boolean {
  switch (rule.operator) {
    case "exists":
      return value !== undefined && value !== "";
    case "not_exists":
      return value === undefined || value === "";
    case "equals":
      return value !== undefined && normalizeReply(value) === normalizeReply(rule.value);
    case "not_equals":
      return value === undefined || normalizeReply(value) !== normalizeReply(rule.value);
    case "contains":
      return value !== undefined && normalizeReply(value).includes(normalizeReply(rule.value));
    case "greater_than":
    case "less_than": {
      const actual = Number(value);
      const limit = Number(rule.value);
      if (value === undefined || value === "" || Number.isNaN(actual) || Number.isNaN(limit)) return false;
      return rule.operator === "greater_than" ? actual > limit : actual < limit;
    }
  }
}

function clockMinutes(hhmm: string): number {
  const [hours, minutes] = hhmm.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}
