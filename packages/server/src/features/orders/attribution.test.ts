import { describe, expect, it } from "vitest";
import { attributeOrder } from "./attribution.js";
import type { AttributionCandidate } from "./attribution.js";

const day = 24 * 60 * 60 * 1000;
const week = 7 * day;
const orderedAt = 100 * day;

function candidate(over: Partial<AttributionCandidate> & { conversationId: string }): AttributionCandidate {
  return { storeId: "store-a", assignedUserId: null, assignedAt: null, lastAgentMessage: null, ...over };
}

describe("attributeOrder", () => {
  it("credits the assigned agent and the conversation's store when the assignment is within the window", () => {
    const credit = attributeOrder(orderedAt, week, [
      candidate({ conversationId: "c1", assignedUserId: "ann", assignedAt: orderedAt - 2 * day }),
    ]);
    expect(credit).toEqual({
      conversationId: "c1",
      userId: "ann",
      storeId: "store-a",
      activityAt: orderedAt - 2 * day,
    });
  });

  it("prefers the conversation with the latest agent activity before the order", () => {
    const credit = attributeOrder(orderedAt, week, [
      candidate({ conversationId: "old", assignedUserId: "ann", assignedAt: orderedAt - 5 * day }),
      candidate({
        conversationId: "recent",
        storeId: "store-b",
        lastAgentMessage: { at: orderedAt - day, userId: "bob" },
      }),
    ]);
    expect(credit?.conversationId).toBe("recent");
    expect(credit?.userId).toBe("bob");
    expect(credit?.storeId).toBe("store-b");
  });

  it("credits the assigned agent even when another agent wrote last, and counts the later of the two as activity", () => {
    const credit = attributeOrder(orderedAt, week, [
      candidate({
        conversationId: "c1",
        assignedUserId: "ann",
        assignedAt: orderedAt - 6 * day,
        lastAgentMessage: { at: orderedAt - day, userId: "bob" },
      }),
    ]);
    expect(credit).toMatchObject({ userId: "ann", activityAt: orderedAt - day });
  });

  it("falls back to the last writer when the assignment came after the order", () => {
    const credit = attributeOrder(orderedAt, week, [
      candidate({
        conversationId: "c1",
        assignedUserId: "ann",
        assignedAt: orderedAt + day,
        lastAgentMessage: { at: orderedAt - day, userId: "bob" },
      }),
    ]);
    expect(credit?.userId).toBe("bob");
  });

  it("credits nobody when the latest activity is older than the window, or only after the order", () => {
    expect(
      attributeOrder(orderedAt, week, [
        candidate({ conversationId: "c1", lastAgentMessage: { at: orderedAt - week - 1, userId: "bob" } }),
      ]),
    ).toBeNull();
    expect(
      attributeOrder(orderedAt, week, [
        candidate({ conversationId: "c1", assignedUserId: "ann", assignedAt: orderedAt + 1 }),
      ]),
    ).toBeNull();
    expect(attributeOrder(orderedAt, week, [])).toBeNull();
  });

  it("credits activity exactly at the window's edge", () => {
    const credit = attributeOrder(orderedAt, week, [
      candidate({ conversationId: "c1", lastAgentMessage: { at: orderedAt - week, userId: "bob" } }),
    ]);
    expect(credit?.userId).toBe("bob");
  });

  it("does not look past a newer conversation that fell out of the window to an older one", () => {
    // The newest activity decides; an older conversation is further out still.
    expect(
      attributeOrder(orderedAt, day, [
        candidate({ conversationId: "a", lastAgentMessage: { at: orderedAt - 2 * day, userId: "bob" } }),
        candidate({ conversationId: "b", lastAgentMessage: { at: orderedAt - 3 * day, userId: "ann" } }),
      ]),
    ).toBeNull();
  });
});
