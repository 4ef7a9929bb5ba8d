/** Control API for who is in the simulation: businesses (with Meta's webhook handshake) and customers. */
import type { FastifyInstance } from "fastify";
import type { SimulatorRuntime } from "../runtime.js";
import { businessInputSchema, publicBusiness } from "../state/business-store.js";
import { customerInputSchema } from "../state/customer-store.js";
import { verifyHandshake } from "../webhooks/verify-handshake.js";
import { parseInput } from "./control-error.js";

export function registerDirectoryRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  app.get("/_sim/api/businesses", async () => ({ items: runtime.businesses.list().map(publicBusiness) }));

  /** Registers (or replaces) a business after trying the GET verification against its webhook URL. */
  app.post("/_sim/api/businesses", async (request, reply) => {
    const business = parseInput(businessInputSchema, request.body, "business");
    const handshake = await verifyHandshake(
      business.webhookUrl,
      business.verifyToken,
      runtime.fetch,
      runtime.settings.webhookTimeoutMs,
    );
    runtime.businesses.put(business);
    runtime.events.emit({ type: "business.updated", phoneNumberId: business.phoneNumberId });
    return reply.code(201).send({ business: publicBusiness(business), handshake });
  });

  app.get("/_sim/api/customers", async () => ({ items: runtime.customers.list() }));

  app.post("/_sim/api/customers", async (request, reply) => {
    const customer = runtime.customers.put(parseInput(customerInputSchema, request.body, "customer"));
    runtime.events.emit({ type: "customer.updated", waId: customer.waId });
    return reply.code(201).send({ customer });
  });
}
