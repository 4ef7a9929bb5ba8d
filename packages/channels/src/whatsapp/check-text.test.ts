// Counting: code points and UTF-16 units (CJK, surrogate pairs, ZWJ emoji), and blank required texts.
import type { LimitViolation } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { checkText, measureText, nonBlank } from "./check-text.js";

const FAMILY = "👩‍👩‍👧‍👦"; // 4 people joined by 3 zero-width joiners: 7 code points, 11 UTF-16 units
const GRIN = "😀"; // 1 code point outside the BMP: a surrogate pair, 2 UTF-16 units
const CJK = "預約試妝"; // 4 code points, 4 UTF-16 units

function check(value: string | undefined, max: number, required = false): LimitViolation[] {
  const violations: LimitViolation[] = [];
  checkText(violations, "title", value, { max, required });
  return violations;
}

describe("measureText", () => {
  it.each([
    { value: "Option A", codePoints: 8, utf16Units: 8 },
    { value: CJK, codePoints: 4, utf16Units: 4 },
    { value: GRIN, codePoints: 1, utf16Units: 2 },
    { value: FAMILY, codePoints: 7, utf16Units: 11 },
    { value: `${CJK}${GRIN}`, codePoints: 5, utf16Units: 6 },
  ])(
    "counts $value as $codePoints code points and $utf16Units UTF-16 units",
    ({ value, codePoints, utf16Units }) => {
      expect(measureText(value)).toEqual({ codePoints, utf16Units, size: Math.max(codePoints, utf16Units) });
    },
  );
});

describe("checkText", () => {
  it.each([
    { name: "ASCII", atLimit: "a".repeat(20), over: "a".repeat(21), actual: 21 },
    { name: "CJK", atLimit: CJK.repeat(5), over: `${CJK.repeat(5)}預`, actual: 21 },
    { name: "surrogate pairs", atLimit: GRIN.repeat(10), over: GRIN.repeat(11), actual: 22 },
    { name: "ZWJ sequence", atLimit: `${FAMILY}${"a".repeat(9)}`, over: FAMILY.repeat(2), actual: 22 },
  ])("$name: accepts 20 and refuses 21 or more", ({ atLimit, over, actual }) => {
    expect(check(atLimit, 20)).toEqual([]);
    expect(check(over, 20)).toEqual([
      expect.objectContaining({ path: "title", rule: "max_length", limit: 20, actual }),
    ]);
  });

  it("refuses a text whose code points fit but whose UTF-16 units do not", () => {
    const value = GRIN.repeat(11); // 11 code points, 22 units
    expect([...value].length).toBeLessThanOrEqual(20);
    expect(check(value, 20)).toEqual([
      {
        path: "title",
        rule: "max_length",
        message: "title: 22 UTF-16 units (11 code points), WhatsApp allows 20",
        limit: 20,
        actual: 22,
      },
    ]);
  });

  it("names the field, the count and the limit", () => {
    expect(check("a".repeat(31), 24)).toEqual([
      {
        path: "title",
        rule: "max_length",
        message: "title: 31 characters, WhatsApp allows 24",
        limit: 24,
        actual: 31,
      },
    ]);
  });

  it.each(["", "   ", "\u3000", undefined])("refuses %j when required", (value) => {
    expect(check(value, 20, true)).toEqual([
      { path: "title", rule: "required", message: "title: required, WhatsApp refuses it empty" },
    ]);
  });

  it.each(["", "  ", undefined])("lets an optional %j pass", (value) => {
    expect(check(value, 20)).toEqual([]);
  });
});

describe("nonBlank", () => {
  it("keeps text and drops blanks", () => {
    expect(nonBlank(" a ")).toBe(" a ");
    expect(nonBlank(" ")).toBeUndefined();
    expect(nonBlank(undefined)).toBeUndefined();
  });
});
