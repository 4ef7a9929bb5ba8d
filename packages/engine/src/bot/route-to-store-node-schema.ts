/**
 * The route-to-store node: puts the conversation in one store's queue and hands it over to people
 * ("choose your nearest counter" → that counter's agents follow up). The store is fixed, read from a
 * contact attribute, or the option the customer just chose (its id, else its title, naming the store).
 */
import { z } from "zod";

export const RouteToStoreSourceSchema = z.discriminatedUnion("from", [
  /** This store, by id; publishing checks that it exists. */
  z.object({ from: z.literal("fixed"), storeId: z.string().min(1) }).strict(),
  /** The store whose id (or name) the contact attribute holds. */
  z.object({ from: z.literal("attribute"), attribute: z.string().min(1) }).strict(),
  /** The option the customer chose in this step: its id (or title) names the store. */
  z.object({ from: z.literal("choice") }).strict(),
]);
export type RouteToStoreSource = z.infer<typeof RouteToStoreSourceSchema>;

export const RouteToStoreNodeSchema = z
  .object({ kind: z.literal("route_to_store"), store: RouteToStoreSourceSchema })
  .strict();
export type RouteToStoreNode = z.infer<typeof RouteToStoreNodeSchema>;
