/**
 * How a store's queue is assigned: `manual` (conversations wait until someone takes or assigns them),
 * `round_robin` (the agents with room take turns) or `least_busy` (the agent with the fewest
 * in-progress conversations).
 */
import { z } from "zod";

export const ASSIGNMENT_MODES = ["manual", "round_robin", "least_busy"] as const;
export const AssignmentModeSchema = z.enum(ASSIGNMENT_MODES);
export type AssignmentMode = z.infer<typeof AssignmentModeSchema>;

/** A store's assignment settings; a store never configured is `manual`. */
export interface StoreAssignment {
  storeId: string;
  mode: AssignmentMode;
  /** The agent the round robin assigned last (its cursor); null: nobody yet. */
  lastUserId: string | null;
  /** Epoch ms; null when never configured. */
  updatedAt: number | null;
}
