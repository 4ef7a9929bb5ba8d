import { describe, expect, it } from "vitest";
import { newRule, ruleTypes, toggled, weekdays } from "./condition-rules";

describe("condition rules", () => {
  it("start every type with the fields it needs", () => {
    for (const type of ruleTypes) expect(newRule(type).type).toBe(type);
    expect(newRule("weekday")).toMatchObject({ days: ["mon", "tue", "wed", "thu", "fri"] });
  });

  it("toggle days keeping the week's order", () => {
    expect(toggled(["fri", "mon"], "wed", true, weekdays)).toEqual(["mon", "wed", "fri"]);
    expect(toggled(["mon", "wed"], "mon", false, weekdays)).toEqual(["wed"]);
  });
});
