import { describe, expect, it } from "vitest";
import { isLineReplyTokenUsable } from "./reply-token.js";

const token = { token: "b60d432864f44d079f6d8efe86cf4001", issuedAt: 1_767_225_601_000 };

describe("isLineReplyTokenUsable", () => {
  it.each([
    [0, true],
    [49_999, true],
    [50_000, false],
    [120_000, false],
    [-1, false],
  ])("%i ms after the event: %s", (age, usable) => {
    expect(isLineReplyTokenUsable(token, token.issuedAt + age)).toBe(usable);
  });

  it("takes a shorter margin, and has nothing to use without a token", () => {
    expect(isLineReplyTokenUsable(token, token.issuedAt + 20_000, 15_000)).toBe(false);
    expect(isLineReplyTokenUsable(undefined, token.issuedAt)).toBe(false);
  });
});
