// The generic limit checks: code points and UTF-16 units, UTF-8 bytes, counts, uniqueness, ids and URLs,
// at each limit and one past it, with CJK and emoji.
import type { LimitViolation } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { checkUtf8Bytes, utf8ByteLength } from "./check-bytes.js";
import { checkCount } from "./check-count.js";
import { checkId } from "./check-id.js";
import { checkLength, measureText, nonBlank } from "./check-length.js";
import { checkUnique } from "./check-unique.js";
import { checkHttpUrl } from "./check-url.js";

const FAMILY = "👩‍👩‍👧‍👦"; // 7 code points, 11 UTF-16 units, 25 UTF-8 bytes
const GRIN = "😀"; // 1 code point, 2 UTF-16 units, 4 UTF-8 bytes
const CJK = "預約試妝"; // 4 code points, 4 UTF-16 units, 12 UTF-8 bytes
const platform = "Messenger";

function collect(check: (violations: LimitViolation[]) => void): LimitViolation[] {
  const violations: LimitViolation[] = [];
  check(violations);
  return violations;
}

describe("measureText and nonBlank", () => {
  it.each([
    { value: "Option A", codePoints: 8, utf16Units: 8 },
    { value: CJK, codePoints: 4, utf16Units: 4 },
    { value: GRIN, codePoints: 1, utf16Units: 2 },
    { value: FAMILY, codePoints: 7, utf16Units: 11 },
  ])(
    "counts $value as $codePoints code points and $utf16Units units",
    ({ value, codePoints, utf16Units }) => {
      expect(measureText(value)).toEqual({ codePoints, utf16Units, size: Math.max(codePoints, utf16Units) });
    },
  );

  it("keeps text and drops blanks", () => {
    expect(nonBlank(" a ")).toBe(" a ");
    expect(nonBlank("\u3000")).toBeUndefined();
    expect(nonBlank(undefined)).toBeUndefined();
  });
});

describe("checkLength", () => {
  const check = (value: string | undefined, max: number, required = false) =>
    collect((v) => checkLength(v, "title", value, { platform, max, required }));

  it.each([
    { name: "ASCII", atLimit: "a".repeat(20), over: "a".repeat(21), actual: 21 },
    { name: "CJK", atLimit: CJK.repeat(5), over: `${CJK.repeat(5)}預`, actual: 21 },
    { name: "emoji", atLimit: GRIN.repeat(10), over: `${GRIN.repeat(10)}a`, actual: 21 },
    {
      name: "ZWJ emoji",
      atLimit: `${FAMILY}${"a".repeat(9)}`,
      over: `${FAMILY}${"a".repeat(10)}`,
      actual: 21,
    },
  ])("$name: accepts 20 and refuses 21", ({ atLimit, over, actual }) => {
    expect(check(atLimit, 20)).toEqual([]);
    expect(check(over, 20)).toEqual([
      expect.objectContaining({ path: "title", rule: "max_length", limit: 20, actual }),
    ]);
  });

  it("names the field, both counts and the platform", () => {
    expect(check(GRIN.repeat(11), 20)).toEqual([
      {
        path: "title",
        rule: "max_length",
        message: "title: 22 UTF-16 units (11 code points), Messenger allows 20",
        limit: 20,
        actual: 22,
      },
    ]);
  });

  it.each(["", " ", "\u3000", undefined])(
    "refuses %j when required and lets it pass when optional",
    (value) => {
      expect(check(value, 20, true)).toEqual([
        { path: "title", rule: "required", message: "title: required, Messenger refuses it empty" },
      ]);
      expect(check(value, 20)).toEqual([]);
    },
  );
});

describe("checkUtf8Bytes", () => {
  const check = (value: string | undefined) =>
    collect((v) => checkUtf8Bytes(v, "text", value, { platform: "Instagram", max: 1000 }));

  it.each([
    { name: "ASCII", atLimit: "a".repeat(1000), over: "a".repeat(1001) },
    { name: "CJK (3 bytes each)", atLimit: `${"預".repeat(333)}a`, over: `${"預".repeat(333)}ab` },
    { name: "emoji (4 bytes each)", atLimit: GRIN.repeat(250), over: `${GRIN.repeat(250)}a` },
  ])("$name: accepts 1000 bytes and refuses 1001", ({ atLimit, over }) => {
    expect(utf8ByteLength(atLimit)).toBe(1000);
    expect(check(atLimit)).toEqual([]);
    expect(check(over)).toEqual([
      expect.objectContaining({ path: "text", rule: "max_bytes", limit: 1000, actual: 1001 }),
    ]);
  });

  it("says how many characters the bytes are", () => {
    expect(check("預".repeat(334))[0]?.message).toBe(
      "text: 1002 UTF-8 bytes (334 characters), Instagram allows 1000 bytes",
    );
    expect(check(undefined)).toEqual([]);
  });
});

describe("checkCount", () => {
  it("accepts the bounds and refuses one past each", () => {
    const check = (n: number) => collect((v) => checkCount(v, "options", n, { platform, min: 1, max: 13 }));
    expect(check(1)).toEqual([]);
    expect(check(13)).toEqual([]);
    expect(check(0)).toEqual([
      {
        path: "options",
        rule: "min_items",
        message: "options: 0 items, Messenger needs at least 1",
        limit: 1,
        actual: 0,
      },
    ]);
    expect(check(14)).toEqual([
      {
        path: "options",
        rule: "max_items",
        message: "options: 14 items, Messenger allows 13",
        limit: 13,
        actual: 14,
      },
    ]);
  });

  it("uses the scope and the rule name given", () => {
    const [violation] = collect((v) =>
      checkCount(v, "sections", 11, { platform, max: 10, scope: "in total", maxRule: "max_total_items" }),
    );
    expect(violation).toMatchObject({
      rule: "max_total_items",
      message: "sections: 11 items in total, Messenger allows 10",
    });
  });
});

describe("checkUnique", () => {
  it("flags each repeat with the first path and skips blanks", () => {
    const entries = [
      { path: "a[0]", value: "預約" },
      { path: "a[1]", value: "" },
      { path: "a[2]", value: "預約" },
      { path: "a[3]", value: "" },
      { path: "a[4]", value: "預約 " },
    ];
    expect(collect((v) => checkUnique(v, entries, { platform, what: "option ids" }))).toEqual([
      {
        path: "a[2]",
        rule: "unique",
        message: 'a[2]: "預約" repeats a[0], Messenger needs unique option ids',
      },
    ]);
  });
});

describe("checkId", () => {
  const check = (value: string) => collect((v) => checkId(v, "id", value, { platform, max: 10 }));

  it("accepts 10 CJK characters and refuses 11", () => {
    expect(check("預".repeat(10))).toEqual([]);
    expect(check("預".repeat(11))).toEqual([expect.objectContaining({ rule: "max_length", actual: 11 })]);
  });

  it("refuses blanks and surrounding spaces", () => {
    expect(check(" ")).toEqual([expect.objectContaining({ rule: "required" })]);
    expect(check(" a")).toEqual([
      {
        path: "id",
        rule: "no_surrounding_spaces",
        message: "id: starts or ends with white space, which Messenger refuses in ids",
      },
    ]);
  });
});

describe("checkHttpUrl", () => {
  const check = (value: string, httpsOnly = false, max?: number) =>
    collect((v) => checkHttpUrl(v, "url", value, { platform, httpsOnly, max }));

  it("accepts absolute http(s) URLs, with CJK paths", () => {
    expect(check("https://example.com/預約")).toEqual([]);
    expect(check("http://example.com")).toEqual([]);
  });

  it.each(["example.com", "ftp://example.com", "javascript:alert(1)", " https://example.com"])(
    "refuses %j",
    (value) => {
      expect(check(value)).toEqual([expect.objectContaining({ path: "url", rule: "format" })]);
    },
  );

  it("refuses http when only https is taken, blanks, and URLs over the length", () => {
    expect(check("http://example.com", true)[0]?.message).toBe(
      'url: "http://example.com" is not an absolute https URL, which Messenger needs',
    );
    expect(check("")).toEqual([expect.objectContaining({ rule: "required" })]);
    const url = `https://e.co/${"a".repeat(7)}`; // 20 characters
    expect(check(url, false, 20)).toEqual([]);
    expect(check(`${url}a`, false, 20)).toEqual([
      expect.objectContaining({ rule: "max_length", actual: 21 }),
    ]);
  });
});
