/**
 * Pure: which agent of a store gets the next conversation. Only active agents under their capacity
 * count. Round robin takes turns in a fixed order (by user id) after the one assigned last; least busy
 * takes the fewest in-progress conversations, and on a tie whoever waited longest since an assignment.
 */
import type { AssignmentMode } from "./assignment-mode.js";

/** One agent as assignment sees them. */
export interface AgentLoad {
  userId: string;
  active: boolean;
  /** In-progress conversations assigned to them now. */
  inProgress: number;
  /** Most in-progress conversations assignment gives them; null: no limit. */
  capacity: number | null;
  /** Epoch ms of their latest assignment; null: never assigned. */
  lastAssignedAt: number | null;
}

/** True when assignment may give the agent one more conversation. */
export function hasRoom(agent: AgentLoad): boolean {
  return agent.active && (agent.capacity === null || agent.inProgress < agent.capacity);
}

/** The first agent with room after `lastUserId` in user-id order, wrapping around; undefined: nobody has room. */
export function pickRoundRobin(
  agents: readonly AgentLoad[],
  lastUserId: string | null,
): AgentLoad | undefined {
  const ready = agents.filter(hasRoom).sort((a, b) => compareIds(a.userId, b.userId));
  if (lastUserId === null) return ready[0];
  return ready.find((agent) => compareIds(agent.userId, lastUserId) > 0) ?? ready[0];
}

/** The agent with room and the fewest in-progress conversations; ties: the longest since an assignment. */
export function pickLeastBusy(agents: readonly AgentLoad[]): AgentLoad | undefined {
  return agents.filter(hasRoom).sort(byLoadThenWait)[0];
}

/** The agent `mode` picks; undefined for `manual` or when nobody has room. */
export function pickAgent(
  mode: AssignmentMode,
  agents: readonly AgentLoad[],
  lastUserId: string | null,
): AgentLoad | undefined {
  switch (mode) {
    case "manual":
      return undefined;
    case "round_robin":
      return pickRoundRobin(agents, lastUserId);
    case "least_busy":
      return pickLeastBusy(agents);
  }
}

function byLoadThenWait(a: AgentLoad, b: AgentLoad): number {
  if (a.inProgress !== b.inProgress) return a.inProgress - b.inProgress;
  const waitedA = a.lastAssignedAt ?? -Infinity;
  const waitedB = b.lastAssignedAt ?? -Infinity;
  if (waitedA !== waitedB) return waitedA < waitedB ? -1 : 1;
  return compareIds(a.userId, b.userId);
}

/** Code-unit order, the same in every locale (and in SQL's binary collation). */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
