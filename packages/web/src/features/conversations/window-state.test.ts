import { describe, expect, it } from "vitest";
import { windowStateAt } from "./window-state";

describe("windowStateAt", () => {
  it("is open until the expiry and closed from then on, or when the customer never wrote", () => {
    expect(windowStateAt(2000, 1999)).toEqual({ open: true, expiresAt: 2000 });
    expect(windowStateAt(2000, 2000)).toEqual({ open: false });
    expect(windowStateAt(null, 0)).toEqual({ open: false });
  });
});
