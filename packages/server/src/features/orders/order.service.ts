/**
 * Takes orders from integrations: finds the customer, credits the agent and store that handled them
 * within the attribution window, and stores the order once per source and order id. Posting the same
 * order again answers the stored one; the same id with different content is a 409.
 */
import type { Kysely } from "kysely";
import { AppError } from "@switchboard/core";
import type { Database } from "../../db/schema.js";
import { newId } from "../../ids.js";
import type { PersonLinkRepository } from "../contacts/person-links.repository.js";
import type { AttributionSettingsRepository } from "../settings/attribution-settings.repository.js";
import { attributeOrder } from "./attribution.js";
import type { AttributionCandidateRepository } from "./attribution-candidates.repository.js";
import type { CustomerResolver } from "./customer-resolver.js";
import { instantMs } from "./order.js";
import type { NewOrder, Order } from "./order.js";
import { orderFingerprint } from "./order-fingerprint.js";
import type { ListedOrder, OrderFilter, OrderRepository } from "./order.repository.js";

export interface OrderServiceDeps {
  db: Kysely<Database>;
  orders: OrderRepository;
  customers: CustomerResolver;
  candidates: AttributionCandidateRepository;
  personLinks: Pick<PersonLinkRepository, "contactIdsOfPerson">;
  settings: Pick<AttributionSettingsRepository, "get">;
  now: () => number;
}

/** At most this far ahead of the server's clock (clock skew between the shop and us). */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

export class OrderService {
  constructor(private readonly deps: OrderServiceDeps) {}

  /** The stored order, and whether this call stored it (false: the same order was posted before). */
  async post(input: NewOrder): Promise<{ order: Order; replayed: boolean }> {
    const requestHash = orderFingerprint(input);
    const earlier = await this.replay(input, requestHash);
    if (earlier !== undefined) return { order: earlier, replayed: true };

    const now = this.deps.now();
    const orderedAt = input.orderedAt === undefined ? now : instantMs(input.orderedAt);
    if (orderedAt > now + FUTURE_SLACK_MS) {
      throw new AppError("invalid_ordered_at", 422, "orderedAt: more than a day in the future", {
        path: "orderedAt",
      });
    }
    const contactId = await this.deps.customers.resolve(input);
    const contactIds = await this.deps.personLinks.contactIdsOfPerson(this.deps.db, contactId);
    const { windowMs } = await this.deps.settings.get();
    const candidates = await this.deps.candidates.candidates(contactIds, orderedAt, windowMs);
    const credit = attributeOrder(orderedAt, windowMs, candidates);
    const order: Order = {
      id: newId(),
      source: input.source,
      orderId: input.orderId,
      contactId,
      amount: input.amount,
      currency: input.currency,
      items: input.items,
      orderedAt,
      credit: {
        userId: credit?.userId ?? null,
        storeId: credit?.storeId ?? null,
        conversationId: credit?.conversationId ?? null,
      },
      createdAt: now,
    };
    if (await this.deps.orders.insert({ ...order, requestHash })) return { order, replayed: false };
    // Another request stored the same order id first: answer as a re-post.
    const raced = await this.replay(input, requestHash);
    if (raced === undefined) throw new Error(`order ${input.source}/${input.orderId} vanished`);
    return { order: raced, replayed: true };
  }

  async list(filter: OrderFilter): Promise<{ items: ListedOrder[]; nextCursor: string | null }> {
    return this.deps.orders.list(filter);
  }

  private async replay(input: NewOrder, requestHash: string): Promise<Order | undefined> {
    const stored = await this.deps.orders.find(input.source, input.orderId);
    if (stored === undefined) return undefined;
    if (stored.requestHash !== requestHash) {
      throw new AppError(
        "order_conflict",
        409,
        `orderId: order ${input.orderId} of source ${input.source} was already posted with different content`,
        { path: "orderId" },
      );
    }
    return stored.order;
  }
}
