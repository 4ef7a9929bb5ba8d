/** Runs nodes from a position until one pauses, the flow stops, or a module runs out of nodes. */
import type { NodePosition } from "./bot-state-schema.js";
import { executeNode } from "./execute-node.js";
import type { Turn } from "./turn.js";

/** Most nodes one event may run; beyond it a go-to loop without a pause is assumed and the flow ends. */
export const MAX_NODES_PER_STEP = 500;

/**
 * Clears what was pending, marks the conversation active and runs from `start`. A module that runs out of nodes, or a go-to to a missing
 * module, leaves the conversation idle: nothing pending, still active.
 */
export function runNodes(turn: Turn, start: NodePosition): void {
  turn.state.pending = null;
  turn.state.status = "active";
  let position: NodePosition | null = start;
  while (position !== null) {
    turn.steps += 1;
    if (turn.steps > MAX_NODES_PER_STEP) {
      turn.actions.push({ type: "end", reason: "step_limit" });
      turn.state.status = "ended";
      return;
    }
    const node = turn.node(position);
    if (node === undefined) return;
    position = executeNode(turn, position, node);
  }
}
