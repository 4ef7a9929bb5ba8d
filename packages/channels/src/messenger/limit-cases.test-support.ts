// Test support for the Messenger and Instagram compiler tests: limit tables checked at N and one past N,
// with texts in ASCII, CJK and emoji built to an exact size.
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { describe, expect, it } from "vitest";

export type Choices = MessageOf<"choices">;
export type Option = Choices["sections"][number]["options"][number];

/** One limit: `build(limit)` compiles, and `build` one past the limit is refused on `path` by `rule`. */
export interface LimitCase<T> {
  name: string;
  limit: number;
  path: string;
  rule: string;
  build: (n: number) => T;
}

/**
 * Two tests per case: the input built at the limit compiles, and the one built one past it (one below a
 * `min_items` limit, one above any other) reports exactly that violation with its limit and actual count.
 */
export function describeLimits<T>(
  title: string,
  violationsOf: (input: T) => LimitViolation[],
  cases: LimitCase<T>[],
): void {
  describe(title, () => {
    it.each(cases)("$name: accepts $limit", ({ limit, build }) => {
      expect(violationsOf(build(limit))).toEqual([]);
    });

    it.each(cases)("$name: refuses one past $limit", ({ limit, path, rule, build }) => {
      const actual = rule === "min_items" ? limit - 1 : limit + 1;
      expect(violationsOf(build(actual))).toEqual([expect.objectContaining({ path, rule, limit, actual })]);
    });
  });
}

/** `n` characters of ASCII. */
export const ascii = (n: number, letter = "a") => letter.repeat(n);
/** `n` characters of CJK (each one code point and one UTF-16 unit). */
export const cjk = (n: number) => "預約試妝".repeat(Math.ceil(n / 4)).slice(0, n);
/** `n` UTF-16 units of emoji (each 😀 counts 2), padded with one letter when `n` is odd. */
export const emoji = (n: number) => "😀".repeat(Math.floor(n / 2)) + "a".repeat(n % 2);

/** `count` choice options with ids `${prefix}_0`, `${prefix}_1`, … and titles `Option 0`, `Option 1`, … */
export const options = (count: number, prefix = "opt"): Option[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}_${i}`, title: `Option ${i}` }));
