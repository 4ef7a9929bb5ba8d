/**
 * Typed calls for a store's assignment (docs/api.md, "Store assignment"): how its queue is assigned and
 * its agents' load. Built on the signed-in client's `request`, so failures throw `ApiError`.
 */
import { useMemo } from "react";
import { useApi } from "./api-context";
import type { ApiClient } from "./client";
import type { EpochMs } from "./types";

export const assignmentModes = ["manual", "round_robin", "least_busy"] as const;
export type AssignmentMode = (typeof assignmentModes)[number];

export interface StoreAgentLoad {
  userId: string;
  name: string;
  role: "admin" | "store_manager" | "agent";
  active: boolean;
  /** Most in-progress conversations assignment gives them; null: no limit. */
  capacity: number | null;
  inProgress: number;
}

export interface StoreAssignment {
  storeId: string;
  mode: AssignmentMode;
  updatedAt: EpochMs | null;
  agents: StoreAgentLoad[];
}

export interface StoreAssignmentApi {
  getAssignment(storeId: string, signal?: AbortSignal): Promise<StoreAssignment>;
  setAssignmentMode(storeId: string, mode: AssignmentMode): Promise<StoreAssignment>;
}

export function createStoreAssignmentApi(client: ApiClient): StoreAssignmentApi {
  const { request } = client;
  const path = (storeId: string) => `/stores/${encodeURIComponent(storeId)}/assignment`;
  return {
    async getAssignment(storeId, signal) {
      return (await request<{ assignment: StoreAssignment }>("GET", path(storeId), undefined, signal))
        .assignment;
    },
    async setAssignmentMode(storeId, mode) {
      return (await request<{ assignment: StoreAssignment }>("PATCH", path(storeId), { mode })).assignment;
    },
  };
}

/** The assignment calls of the signed-in console. Only inside `ApiProvider`. */
export function useStoreAssignmentApi(): StoreAssignmentApi {
  const client = useApi();
  return useMemo(() => createStoreAssignmentApi(client), [client]);
}
