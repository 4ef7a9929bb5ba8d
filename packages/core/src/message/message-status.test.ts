import { describe, expect, it } from "vitest";
import { nextOutboundStatus, statusesMovedBy } from "./message-status.js";

describe("nextOutboundStatus", () => {
  it("moves forward", () => {
    expect(nextOutboundStatus("pending", "sent")).toBe("sent");
    expect(nextOutboundStatus("accepted", "delivered")).toBe("delivered");
    expect(nextOutboundStatus("sent", "accepted")).toBe("sent");
    expect(nextOutboundStatus("sent", "read")).toBe("read");
  });
  it("never goes back from read to delivered", () => {
    expect(nextOutboundStatus("read", "delivered")).toBe("read");
  });
  it("fails a sent message but not a delivered one", () => {
    expect(nextOutboundStatus("sent", "failed")).toBe("failed");
    expect(nextOutboundStatus("delivered", "failed")).toBe("delivered");
    expect(nextOutboundStatus("failed", "read")).toBe("failed");
  });
  it("treats played like read", () => {
    expect(nextOutboundStatus("delivered", "played")).toBe("read");
  });
});

describe("statusesMovedBy", () => {
  it("lists the states a status moves a message out of", () => {
    expect(statusesMovedBy("sent")).toEqual(["pending", "accepted"]);
    expect(statusesMovedBy("read")).toEqual(["pending", "accepted", "sent", "delivered"]);
    expect(statusesMovedBy("played")).toEqual(["pending", "accepted", "sent", "delivered"]);
    expect(statusesMovedBy("failed")).toEqual(["pending", "accepted", "sent"]);
    expect(statusesMovedBy("pending")).toEqual([]);
  });
});
