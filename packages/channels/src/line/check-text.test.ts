// Counting for LINE limits: code points and UTF-16 units for characters, UTF-8 for postback data.
import type { LimitViolation } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { checkBytes, checkText, measureText } from "./check-text.js";

function collect(check: (violations: LimitViolation[]) => void): LimitViolation[] {
  const violations: LimitViolation[] = [];
  check(violations);
  return violations;
}

describe("checkText", () => {
  it("counts a surrogate pair as two, so 11 emoji break a 20 limit", () => {
    expect(measureText("😀".repeat(11))).toEqual({ codePoints: 11, utf16Units: 22, size: 22 });
    expect(
      collect((v) => checkText(v, "title", "😀".repeat(11), { max: 20, as: "the button label" })),
    ).toEqual([
      {
        path: "title",
        rule: "max_length",
        message: "title: 22 UTF-16 units (11 code points) (the button label), LINE allows 20",
        limit: 20,
        actual: 22,
      },
    ]);
  });

  it.each(["", "  ", "\u3000", undefined])(
    "refuses %j when required and lets it pass when optional",
    (value) => {
      expect(collect((v) => checkText(v, "body", value, { required: true }))).toEqual([
        { path: "body", rule: "required", message: "body: required, LINE refuses it empty" },
      ]);
      expect(collect((v) => checkText(v, "body", value, { max: 1 }))).toEqual([]);
    },
  );
});

describe("checkBytes", () => {
  it.each([
    ["ASCII", "a".repeat(300), "a".repeat(301), 301],
    ["CJK", "預".repeat(100), "預".repeat(100) + "a", 301],
    ["emoji", "😀".repeat(75), "😀".repeat(75) + "a", 301],
  ])("%s: takes 300 bytes and refuses 301", (_, atLimit, over, actual) => {
    const check = (value: string) => collect((v) => checkBytes(v, "id", value, { max: 300, as: "the data" }));
    expect(check(atLimit)).toEqual([]);
    expect(check(over)).toEqual([
      {
        path: "id",
        rule: "max_bytes",
        message: `id: the data takes ${actual} bytes in UTF-8, LINE allows 300`,
        limit: 300,
        actual,
      },
    ]);
  });
});
