/** /api/v1/users: console users, their roles and stores (admins; store managers for their own agents). */
import { z } from "zod";
import { NewUserSchema, UserPatchSchema } from "../features/people/user.js";
import type { UserAdminService } from "../features/people/user-admin.service.js";
import { actorOf, EVERY_ROLE, MANAGERS } from "./auth.js";
import { IdParams } from "./api-schemas.js";
import { UserView } from "./people-views.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

export function registerUserRoutes(routes: RouteRegistry, service: UserAdminService): void {
  routes.add({
    method: "GET",
    url: "/api/v1/users",
    summary: "List users by name (a store manager sees the staff of their stores)",
    params: none,
    query: none,
    body: none,
    tag: "Users",
    allow: MANAGERS,
    response: z.object({ items: z.array(UserView) }),
    handler: async ({ request }) => ({ items: await service.list(actorOf(request)) }),
  });

  routes.add({
    method: "POST",
    url: "/api/v1/users",
    summary: "Create a user (409 email_taken; a store manager may only create agents of their stores)",
    params: none,
    query: none,
    tag: "Users",
    allow: MANAGERS,
    status: 201,
    body: NewUserSchema,
    response: z.object({ user: UserView }),
    handler: async ({ request, body }) => ({ user: await service.create(actorOf(request), body) }),
  });

  routes.add({
    method: "GET",
    url: "/api/v1/users/:id",
    summary: "Get a user (agents: only themselves)",
    params: IdParams,
    query: none,
    body: none,
    tag: "Users",
    allow: EVERY_ROLE,
    response: z.object({ user: UserView }),
    handler: async ({ request, params }) => ({ user: await service.get(actorOf(request), params.id) }),
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/users/:id",
    summary:
      "Change a user: name, e-mail, role, stores, capacity, password, active (deactivating or a new password signs them out everywhere); anyone may change their own name, e-mail and password",
    params: IdParams,
    query: none,
    tag: "Users",
    allow: EVERY_ROLE,
    body: UserPatchSchema,
    response: z.object({ user: UserView }),
    handler: async ({ request, params, body }) => ({
      user: await service.update(actorOf(request), params.id, body),
    }),
  });
}
