// Test support for the LINE compile tests: the violations a message compiles to, limit tables checked at
// N and one past N, and texts of an exact size in ASCII, CJK and emoji.
import type { LimitViolation, MessageOf, OutboundMessage } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { compileLineMessage, type LineCompileOptions } from "./compile-message.js";
import type { LineMessage } from "./line-message-types.js";

export type Choices = MessageOf<"choices">;
export type Option = Choices["sections"][number]["options"][number];

export const GRIN = "😀"; // one code point, two UTF-16 units, four UTF-8 bytes
export const CJK = "預"; // one code point, one UTF-16 unit, three UTF-8 bytes

/** The violations compiling `message` reports, or none when it compiles. */
export function violationsOf(message: OutboundMessage, options?: LineCompileOptions): LimitViolation[] {
  const result = compileLineMessage(message, options);
  return result.ok ? [] : result.error;
}

/** The LINE messages `message` compiles to; fails the test when it does not compile. */
export function messagesOf(message: OutboundMessage, options?: LineCompileOptions): LineMessage[] {
  const result = compileLineMessage(message, options);
  if (!result.ok) throw new Error(`expected to compile, got ${JSON.stringify(result.error, null, 2)}`);
  return result.value.messages;
}

/** A text whose larger count (code points or UTF-16 units) is exactly `n`, in the given script. */
export function sized(n: number, script: "ascii" | "cjk" | "emoji"): string {
  if (script === "ascii") return "a".repeat(n);
  if (script === "cjk") return CJK.repeat(n);
  return GRIN.repeat(Math.floor(n / 2)) + "a".repeat(n % 2);
}

/** A text of exactly `n` UTF-8 bytes, in the given script (padded with ASCII to the byte). */
export function bytesSized(n: number, script: "ascii" | "cjk" | "emoji"): string {
  const width = script === "ascii" ? 1 : script === "cjk" ? 3 : 4;
  const unit = script === "ascii" ? "a" : script === "cjk" ? CJK : GRIN;
  return unit.repeat(Math.floor(n / width)) + "a".repeat(n % width);
}

/** One limit: `build(limit)` compiles, and `build` one past the limit is refused on `path` by `rule`. */
export type LimitCase = {
  name: string;
  limit: number;
  path: string;
  rule: string;
  build: (n: number) => OutboundMessage;
  options?: LineCompileOptions;
};

/** Two tests per case: the message at the limit compiles; one past it reports the violation exactly. */
export function describeLimits(title: string, cases: LimitCase[]): void {
  describe(title, () => {
    it.each(cases)("$name: accepts $limit", ({ limit, build, options }) => {
      expect(violationsOf(build(limit), options)).toEqual([]);
    });

    it.each(cases)("$name: refuses one past $limit", ({ limit, path, rule, build, options }) => {
      const actual = rule === "min_items" ? limit - 1 : limit + 1;
      expect(violationsOf(build(actual), options)).toEqual([
        expect.objectContaining({ path, rule, limit, actual }),
      ]);
    });
  });
}

/** `count` choice options with ids `${prefix}_0`, `${prefix}_1`, … and titles `Option 0`, `Option 1`, … */
export const options = (count: number, prefix = "opt"): Option[] =>
  Array.from({ length: count }, (_, i) => ({ id: `${prefix}_${i}`, title: `Option ${i}` }));

/** A choice of `count` plain options, style `auto`, with `patch` on top. */
export const choice = (count: number, patch: Partial<Choices> = {}): Choices => ({
  kind: "choices",
  style: "auto",
  body: "Pick a time",
  sections: [{ options: options(count) }],
  ...patch,
});
