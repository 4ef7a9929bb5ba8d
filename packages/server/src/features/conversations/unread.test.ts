import { describe, expect, it } from "vitest";
import { isUnread } from "./unread.js";

describe("isUnread", () => {
  it("is unread when the customer wrote and the user never opened it", () => {
    expect(isUnread(1_000, undefined)).toBe(true);
  });
  it("is unread when the customer wrote after the newest message the user saw", () => {
    expect(isUnread(2_000, 1_000)).toBe(true);
  });
  it("is unread when the user opened it before the customer first wrote", () => {
    expect(isUnread(2_000, null)).toBe(true);
  });
  it("is read when the user saw the customer's newest message", () => {
    expect(isUnread(2_000, 2_000)).toBe(false);
  });
  it("is read when the customer never wrote", () => {
    expect(isUnread(null, undefined)).toBe(false);
    expect(isUnread(null, null)).toBe(false);
  });
});
