/** /api/v1/api-tokens: bearer tokens for integrations, acting as the user who made them. */
import { z } from "zod";
import { AppError } from "@switchboard/core";
import type { ApiTokenRepository } from "../features/people/api-token.repository.js";
import { actorOf, EVERY_ROLE } from "./auth.js";
import { IdParams } from "./api-schemas.js";
import { ApiTokenView } from "./people-views.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

const NewTokenBody = z.object({
  name: z.string().trim().min(1, "required").max(100, "at most 100 characters"),
});

export function registerApiTokenRoutes(routes: RouteRegistry, tokens: ApiTokenRepository): void {
  routes.add({
    method: "GET",
    url: "/api/v1/api-tokens",
    summary: "List API tokens (yours; every user's for admins), newest first",
    params: none,
    query: none,
    body: none,
    tag: "API tokens",
    allow: EVERY_ROLE,
    response: z.object({ items: z.array(ApiTokenView) }),
    handler: async ({ request }) => {
      const actor = actorOf(request);
      return { items: await tokens.list(actor.role === "admin" ? undefined : (actor.userId ?? "")) };
    },
  });

  routes.add({
    method: "POST",
    url: "/api/v1/api-tokens",
    summary: "Create an API token acting as you; the token is shown in this answer only",
    params: none,
    query: none,
    tag: "API tokens",
    allow: EVERY_ROLE,
    status: 201,
    body: NewTokenBody,
    response: z.object({ apiToken: ApiTokenView, token: z.string() }),
    handler: async ({ request, body }) => {
      const actor = actorOf(request);
      if (actor.userId === null) {
        throw new AppError(
          "user_required",
          409,
          "Sign in as a user to create API tokens; they act as their user",
        );
      }
      return tokens.create(actor.userId, body.name);
    },
  });

  routes.add({
    method: "DELETE",
    url: "/api/v1/api-tokens/:id",
    summary: "Revoke an API token (yours; any for admins)",
    params: IdParams,
    query: none,
    body: none,
    tag: "API tokens",
    allow: EVERY_ROLE,
    response: z.object({ apiToken: ApiTokenView }),
    handler: async ({ request, params }) => {
      const actor = actorOf(request);
      const token = await tokens.get(params.id);
      if (token === undefined || (actor.role !== "admin" && token.userId !== actor.userId)) {
        throw new AppError("not_found", 404, `API token ${params.id} does not exist`);
      }
      await tokens.revoke(token.id);
      const revoked = await tokens.get(token.id);
      if (revoked === undefined)
        throw new AppError("not_found", 404, `API token ${params.id} does not exist`);
      return { apiToken: revoked };
    },
  });
}
