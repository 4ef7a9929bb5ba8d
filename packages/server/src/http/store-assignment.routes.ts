/**
 * /api/v1/stores/:id/assignment: how the store's queue is assigned (manual, round robin, least busy) and
 * its agents' load. Admins, and store managers for their own stores.
 */
import { z } from "zod";
import { AppError } from "@switchboard/core";
import type { FastifyRequest } from "fastify";
import type { AssignmentRepository } from "../features/assignment/assignment.repository.js";
import { AssignmentModeSchema } from "../features/assignment/assignment-mode.js";
import type { QueueAssignment } from "../features/assignment/queue-assignment.service.js";
import type { StoreRepository } from "../features/stores/store.repository.js";
import { IdParams } from "./api-schemas.js";
import { actorOf, MANAGERS } from "./auth.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

const AssignmentView = z.object({
  storeId: z.string(),
  mode: AssignmentModeSchema.describe(
    "manual (default): conversations wait in the queue; round_robin; least_busy",
  ),
  updatedAt: z.number().nullable(),
  agents: z
    .array(
      z.object({
        userId: z.string(),
        name: z.string(),
        role: z.enum(["admin", "store_manager", "agent"]),
        active: z.boolean(),
        capacity: z
          .number()
          .nullable()
          .describe("Most in-progress conversations assignment gives them; null: no limit"),
        inProgress: z.number().describe("In-progress conversations assigned to them now"),
      }),
    )
    .describe("The store's agents and store managers, who take its queue"),
});
const AssignmentBody = z.object({ mode: AssignmentModeSchema }).strict();

export interface StoreAssignmentRouteDeps {
  stores: StoreRepository;
  assignments: AssignmentRepository;
  queueAssignment: Pick<QueueAssignment, "drain">;
}

export function registerStoreAssignmentRoutes(routes: RouteRegistry, deps: StoreAssignmentRouteDeps): void {
  /** 404 when the store does not exist, or is not one of a store manager's stores. */
  const storeMustBeVisible = async (request: FastifyRequest, id: string): Promise<void> => {
    const actor = actorOf(request);
    const visible = actor.role === "admin" || actor.storeIds.includes(id);
    if (!visible || (await deps.stores.get(id)) === undefined)
      throw new AppError("not_found", 404, `store ${id} does not exist`);
  };
  const present = async (storeId: string) => {
    const settings = await deps.assignments.get(storeId);
    const agents = await deps.assignments.agentsNow(storeId);
    return {
      assignment: {
        storeId,
        mode: settings.mode,
        updatedAt: settings.updatedAt,
        agents: agents.map((agent) => ({
          userId: agent.userId,
          name: agent.name,
          role: agent.role,
          active: agent.active,
          capacity: agent.capacity,
          inProgress: agent.inProgress,
        })),
      },
    };
  };

  routes.add({
    method: "GET",
    url: "/api/v1/stores/:id/assignment",
    summary: "How the store's queue is assigned, and its agents' load",
    query: none,
    body: none,
    tag: "Stores",
    allow: MANAGERS,
    params: IdParams,
    response: z.object({ assignment: AssignmentView }),
    handler: async ({ params, request }) => {
      await storeMustBeVisible(request, params.id);
      return present(params.id);
    },
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/stores/:id/assignment",
    summary:
      "Set how the store's queue is assigned (manual, round_robin, least_busy); switching to an automatic mode assigns the waiting conversations to agents with room",
    query: none,
    tag: "Stores",
    allow: MANAGERS,
    params: IdParams,
    body: AssignmentBody,
    response: z.object({ assignment: AssignmentView }),
    handler: async ({ params, body, request }) => {
      await storeMustBeVisible(request, params.id);
      await deps.assignments.setMode(params.id, body.mode);
      if (body.mode !== "manual") await deps.queueAssignment.drain(params.id);
      return present(params.id);
    },
  });
}
