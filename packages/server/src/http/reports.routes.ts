/**
 * /api/v1/reports: per agent and per store for a period — conversations handled, median first-response
 * time, orders and revenue; and /api/v1/settings/attribution, the window orders are credited in.
 */
import { z } from "zod";
import type { Sales } from "../composition/sales.js";
import { ReportPeriodQuery } from "../features/reports/report-period.js";
import { salesScopeOf } from "../features/reports/sales-scope.js";
import { AttributionSettingsSchema } from "../features/settings/attribution-settings.repository.js";
import { RoleSchema } from "../features/people/actor.js";
import { actorOf, EVERY_ROLE, MANAGERS } from "./auth.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

const Figures = {
  conversationsHandled: z.number().describe("Distinct conversations assigned or answered in the period"),
  medianFirstResponseMs: z.number().nullable().describe("Median first-response time; null when none"),
  firstResponses: z.number().describe("First responses the median is taken over"),
  orders: z.number(),
  revenue: z.array(z.object({ currency: z.string(), amount: z.number().describe("Minor units") })),
};

const reportOf = <Row extends z.ZodType>(row: Row) =>
  z.object({
    from: z.number(),
    to: z.number(),
    partial: z.boolean().describe("True when too many conversations to read every first response"),
    items: z.array(row),
  });

const AgentRow = z.object({ userId: z.string(), name: z.string(), role: RoleSchema, ...Figures });
const StoreRow = z.object({ storeId: z.string(), name: z.string(), ...Figures });

export function registerReportRoutes(routes: RouteRegistry, sales: Sales): void {
  routes.add({
    method: "GET",
    url: "/api/v1/reports/agents",
    summary: "Per agent for [from, to) (agents: only their own row; store managers: their stores' staff)",
    tag: "Reports",
    params: none,
    query: ReportPeriodQuery,
    body: none,
    allow: EVERY_ROLE,
    response: reportOf(AgentRow),
    handler: async ({ query, request }) => sales.reports.agents(query, salesScopeOf(actorOf(request))),
  });

  routes.add({
    method: "GET",
    url: "/api/v1/reports/stores",
    summary: "Per store for [from, to) (store managers: their stores)",
    tag: "Reports",
    params: none,
    query: ReportPeriodQuery,
    body: none,
    allow: MANAGERS,
    response: reportOf(StoreRow),
    handler: async ({ query, request }) => sales.reports.stores(query, salesScopeOf(actorOf(request))),
  });

  routes.add({
    method: "GET",
    url: "/api/v1/settings/attribution",
    summary:
      "The attribution window: how long after an agent last handled a customer an order is credited to them",
    tag: "Reports",
    params: none,
    query: none,
    body: none,
    response: AttributionSettingsSchema,
    handler: async () => sales.attributionSettings.get(),
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/settings/attribution",
    summary:
      "Change the attribution window (1 minute to 365 days; orders already credited keep their credit)",
    tag: "Reports",
    params: none,
    query: none,
    body: AttributionSettingsSchema,
    response: AttributionSettingsSchema,
    handler: async ({ body }) => sales.attributionSettings.set(body),
  });
}
