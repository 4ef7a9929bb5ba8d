/**
 * /api/v1/orders: integrations report orders (admins and their API tokens); everyone lists the orders
 * credited within their scope (agents their own, store managers their stores').
 */
import { z } from "zod";
import type { Sales } from "../composition/sales.js";
import { ListedOrderView, NewOrderSchema, OrderView } from "../features/orders/order.js";
import { salesScopeOf } from "../features/reports/sales-scope.js";
import { actorOf, EVERY_ROLE } from "./auth.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

const OrderListQuery = z.object({
  userId: z.string().min(1).optional().describe("Only orders credited to this agent"),
  storeId: z.string().min(1).optional().describe("Only orders credited to this store"),
  from: z.coerce.number().int().min(0).optional().describe("Ordered at or after (epoch ms)"),
  to: z.coerce.number().int().min(0).optional().describe("Ordered before (epoch ms)"),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export function registerOrderRoutes(routes: RouteRegistry, sales: Sales): void {
  routes.add({
    method: "POST",
    url: "/api/v1/orders",
    summary:
      "Report an order; it is credited to the agent and store that handled the customer within the attribution window. Posting the same order again answers the stored one (header Idempotent-Replay: true); the same orderId with other content is 409 order_conflict",
    tag: "Orders",
    params: none,
    query: none,
    body: NewOrderSchema,
    status: 201,
    response: z.object({ order: OrderView }),
    handler: async ({ body, reply }) => {
      const { order, replayed } = await sales.orders.post(body);
      if (replayed) void reply.header("idempotent-replay", "true");
      return { order };
    },
  });

  routes.add({
    method: "GET",
    url: "/api/v1/orders",
    summary: "List orders newest first (agents: credited to them; store managers: also their stores')",
    tag: "Orders",
    params: none,
    query: OrderListQuery,
    body: none,
    allow: EVERY_ROLE,
    response: z.object({ items: z.array(ListedOrderView), nextCursor: z.string().nullable() }),
    handler: async ({ query, request }) =>
      sales.orders.list({ ...query, scope: salesScopeOf(actorOf(request)) }),
  });
}
