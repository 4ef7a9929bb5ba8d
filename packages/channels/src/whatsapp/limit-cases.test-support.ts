// Test support for the compile-*.test.ts files: the violations a message compiles to, limit tables
// checked at N and one past N, and the base messages more than one of those files builds on.
import type { LimitViolation, MessageOf, OutboundMessage } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { compileWhatsAppMessage } from "./compile-message.js";

export type Template = MessageOf<"template">;
export type Choices = MessageOf<"choices">;
export type Option = Choices["sections"][number]["options"][number];

/** The violations compiling `message` reports, or none when it compiles. */
export function violationsOf(message: OutboundMessage): LimitViolation[] {
  const result = compileWhatsAppMessage(message);
  return result.ok ? [] : result.error;
}

/** One limit: `build(limit)` compiles, and `build` one past the limit is refused on `path` by `rule`. */
export type LimitCase = {
  name: string;
  limit: number;
  path: string;
  rule: string;
  build: (n: number) => OutboundMessage;
};

export type LimitOptions = {
  /** One past the limit must report this violation and no other. */
  onlyViolation?: boolean;
};

/**
 * Two tests per case: the message built at the limit compiles, and the one built one past it (one
 * below a `min_items` limit, one above any other) reports the violation with its limit and actual count.
 */
export function describeLimits(title: string, cases: LimitCase[], options: LimitOptions = {}): void {
  describe(title, () => {
    it.each(cases)("$name: accepts $limit", ({ limit, build }) => {
      expect(violationsOf(build(limit))).toEqual([]);
    });

    it.each(cases)("$name: refuses one past $limit", ({ limit, path, rule, build }) => {
      const actual = rule === "min_items" ? limit - 1 : limit + 1;
      const violation = expect.objectContaining({ path, rule, limit, actual });
      if (options.onlyViolation) {
        expect(violationsOf(build(actual))).toEqual([violation]);
      } else {
        expect(violationsOf(build(actual))).toContainEqual(violation);
      }
    });
  });
}

/** The order confirmation template, with `patch` on top. */
export const template = (patch: Partial<Template> = {}): Template => ({
  kind: "template",
  name: "order_confirmation",
  language: "en_US",
  ...patch,
});

/** `count` choice options with ids `${prefix}_0`, `${prefix}_1`, … and titles `Option 0`, `Option 1`, … */
export const options = (count: number, prefix = "opt"): Option[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}_${i}`, title: `Option ${i}` }));
