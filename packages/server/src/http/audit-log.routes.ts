/** GET /api/v1/audit-log: sign-ins and changes, newest first (admins). */
import { z } from "zod";
import type { AuditLogRepository } from "../features/people/audit-log.repository.js";
import { AuditEntryView } from "./people-views.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.string().min(1).optional().describe("The id of the last entry of the previous page"),
  action: z.string().min(1).optional().describe("Only this action, e.g. sign_in_refused"),
});

export function registerAuditLogRoutes(routes: RouteRegistry, audit: AuditLogRepository): void {
  routes.add({
    method: "GET",
    url: "/api/v1/audit-log",
    summary: "Sign-ins (refused ones too) and every change made through the API, newest first",
    params: none,
    body: none,
    tag: "Audit log",
    query: AuditQuery,
    response: z.object({ items: z.array(AuditEntryView), nextBefore: z.string().nullable() }),
    handler: async ({ query }) => {
      const items = await audit.list({
        limit: query.limit,
        ...(query.before === undefined ? {} : { before: query.before }),
        ...(query.action === undefined ? {} : { action: query.action }),
      });
      return { items, nextBefore: items.length === query.limit ? (items.at(-1)?.id ?? null) : null };
    },
  });
}
