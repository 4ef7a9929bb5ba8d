// Emoji detection for flow CTAs (none allowed) and reactions (exactly one, or empty).
import type { LimitViolation } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { checkEmoji } from "./check-emoji.js";

function check(value: string, mode: "none" | "single"): LimitViolation[] {
  const violations: LimitViolation[] = [];
  checkEmoji(violations, "field", value, mode);
  return violations;
}

describe("checkEmoji", () => {
  it.each(["Book now", "預約試妝", "Go → next", "#1 pick"])("finds no emoji in %j", (value) => {
    expect(check(value, "none")).toEqual([]);
  });

  it.each(["Book 📅", "👩‍👩‍👧‍👦 family", "Taiwan 🇹🇼", "1️⃣ first", "Love ❤"])("refuses the emoji in %j", (value) => {
    expect(check(value, "none")).toEqual([expect.objectContaining({ path: "field", rule: "no_emoji" })]);
  });

  it.each(["👍", "❤️", "👩‍👩‍👧‍👦", "🇹🇼", "👍🏽", ""])("takes %j as one reaction", (value) => {
    expect(check(value, "single")).toEqual([]);
  });

  it.each(["👍👍", "ok", "a👍", " 👍"])("refuses %j as a reaction", (value) => {
    expect(check(value, "single")).toEqual([expect.objectContaining({ path: "field", rule: "format" })]);
  });
});
