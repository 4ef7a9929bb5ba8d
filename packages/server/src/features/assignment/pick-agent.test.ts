import { describe, expect, it } from "vitest";
import type { AgentLoad } from "./pick-agent.js";
import { hasRoom, pickAgent, pickLeastBusy, pickRoundRobin } from "./pick-agent.js";

const agent = (userId: string, load: Partial<AgentLoad> = {}): AgentLoad => ({
  userId,
  active: true,
  inProgress: 0,
  capacity: null,
  lastAssignedAt: null,
  ...load,
});

/** Plays `count` round-robin assignments, counting each pick against the agent's capacity. */
function rotate(
  agents: AgentLoad[],
  count: number,
  lastUserId: string | null = null,
): (string | undefined)[] {
  const loads = agents.map((a) => ({ ...a }));
  let last = lastUserId;
  const picked: (string | undefined)[] = [];
  for (let i = 0; i < count; i += 1) {
    const next = pickRoundRobin(loads, last);
    picked.push(next?.userId);
    if (next === undefined) continue;
    next.inProgress += 1;
    last = next.userId;
  }
  return picked;
}

describe("hasRoom", () => {
  it("counts capacity (null: no limit) and skips inactive agents", () => {
    expect(hasRoom(agent("a", { inProgress: 2, capacity: 3 }))).toBe(true);
    expect(hasRoom(agent("a", { inProgress: 3, capacity: 3 }))).toBe(false);
    expect(hasRoom(agent("a", { inProgress: 0, capacity: 0 }))).toBe(false);
    expect(hasRoom(agent("a", { inProgress: 500 }))).toBe(true);
    expect(hasRoom(agent("a", { active: false }))).toBe(false);
  });
});

describe("pickRoundRobin", () => {
  it("takes turns in user-id order, whatever order the agents come in", () => {
    expect(rotate([agent("c"), agent("a"), agent("b")], 5)).toEqual(["a", "b", "c", "a", "b"]);
  });

  it("continues after the agent assigned last, even one no longer listed", () => {
    expect(rotate([agent("a"), agent("b"), agent("d")], 3, "b")).toEqual(["d", "a", "b"]);
    expect(rotate([agent("a"), agent("b"), agent("d")], 2, "c")).toEqual(["d", "a"]);
    expect(rotate([agent("a"), agent("b")], 1, "z")).toEqual(["a"]);
  });

  it("skips agents at capacity and inactive ones, and finds nobody when all are full", () => {
    const agents = [
      agent("a", { capacity: 1 }),
      agent("b", { active: false }),
      agent("c", { capacity: 2, inProgress: 1 }),
      agent("d", { capacity: 2 }),
    ];
    // a fills after one, c after one more, d after two: then nobody has room.
    expect(rotate(agents, 6)).toEqual(["a", "c", "d", "d", undefined, undefined]);
  });
});

describe("pickLeastBusy", () => {
  it("takes the fewest in-progress conversations", () => {
    const agents = [
      agent("a", { inProgress: 3 }),
      agent("b", { inProgress: 1 }),
      agent("c", { inProgress: 2 }),
    ];
    expect(pickLeastBusy(agents)?.userId).toBe("b");
  });

  it("breaks a tie by the longest since an assignment (never assigned first), then by id", () => {
    const tied = [
      agent("a", { inProgress: 1, lastAssignedAt: 3000 }),
      agent("b", { inProgress: 1, lastAssignedAt: 1000 }),
      agent("c", { inProgress: 1, lastAssignedAt: 2000 }),
    ];
    expect(pickLeastBusy(tied)?.userId).toBe("b");
    expect(pickLeastBusy([...tied, agent("d", { inProgress: 1 })])?.userId).toBe("d");
    expect(pickLeastBusy([agent("y"), agent("x")])?.userId).toBe("x");
  });

  it("passes over the least busy when full or inactive", () => {
    const agents = [
      agent("a", { inProgress: 0, capacity: 0 }),
      agent("b", { inProgress: 0, active: false }),
      agent("c", { inProgress: 4, capacity: 5 }),
      agent("d", { inProgress: 5, capacity: 5 }),
    ];
    expect(pickLeastBusy(agents)?.userId).toBe("c");
    expect(pickLeastBusy([agents[0] as AgentLoad, agents[3] as AgentLoad])).toBeUndefined();
  });
});

describe("pickAgent", () => {
  it("assigns nobody in manual mode", () => {
    expect(pickAgent("manual", [agent("a")], null)).toBeUndefined();
    expect(pickAgent("round_robin", [agent("a"), agent("b")], "a")?.userId).toBe("b");
    expect(pickAgent("least_busy", [agent("a", { inProgress: 1 }), agent("b")], null)?.userId).toBe("b");
  });
});
