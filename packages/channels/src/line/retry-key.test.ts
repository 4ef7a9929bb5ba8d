import { describe, expect, it } from "vitest";
import { isLineRetryKey, lineRetryKey, retryKeyForCall } from "./retry-key.js";

const KEY = "123e4567-e89b-12d3-a456-426614174000";

describe("lineRetryKey", () => {
  it("is a version 5 layout UUID that depends only on the seed and the part", () => {
    const key = lineRetryKey("message-8812");
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(lineRetryKey("message-8812")).toBe(key);
    expect(lineRetryKey("message-8813")).not.toBe(key);
    expect(lineRetryKey("message-8812", 1)).not.toBe(key);
    expect(isLineRetryKey(key)).toBe(true);
  });

  it("uses the caller's key for the first call and distinct derived keys after", () => {
    const keys = [0, 1, 2].map((part) => retryKeyForCall(KEY, part));
    expect(keys[0]).toBe(KEY);
    expect(new Set(keys).size).toBe(3);
    expect(keys.every(isLineRetryKey)).toBe(true);
    expect(retryKeyForCall(KEY.toUpperCase(), 1)).toBe(keys[1]);
  });

  it.each(["", "not-a-uuid", "123e4567e89b12d3a456426614174000", `${KEY}0`, `{${KEY}}`])(
    "refuses %j",
    (value) => {
      expect(isLineRetryKey(value)).toBe(false);
    },
  );
});
