/**
 * `GET /_sim/api/events`: Server-Sent Events for the phone page — new chat items, status changes, typing,
 * template reviews. `?phoneNumberId=&waId=` narrows WhatsApp chat events to one conversation,
 * `?accountId=&userId=` Messenger, Instagram and LINE ones.
 */
import type { ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SimulatorRuntime } from "../runtime.js";
import type { SimulatorEvent } from "../state/event-hub.js";
import { parseInput } from "./control-error.js";

const KEEPALIVE_MS = 15_000;
const eventsQuery = z.object({
  phoneNumberId: z.string().optional(),
  waId: z.string().optional(),
  /** Messenger, Instagram and LINE chat events: the page, Instagram account or LINE channel, and the person. */
  accountId: z.string().optional(),
  userId: z.string().optional(),
});

/** Open event streams, so that closing the simulator can end them. */
export class EventStreams {
  private readonly open = new Set<ServerResponse>();

  add(response: ServerResponse): void {
    this.open.add(response);
    response.on("close", () => this.open.delete(response));
  }

  closeAll(): void {
    for (const response of this.open) response.end();
    this.open.clear();
  }
}

export function registerEventRoutes(
  app: FastifyInstance,
  runtime: SimulatorRuntime,
  streams: EventStreams,
): void {
  app.get("/_sim/api/events", (request, reply) => {
    const filter = parseInput(eventsQuery, request.query, "query");
    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    response.write("retry: 2000\n\n");
    streams.add(response);
    const unsubscribe = runtime.events.subscribe((event) => {
      if (matches(event, filter)) response.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    const keepalive = setInterval(() => response.write(": keepalive\n\n"), KEEPALIVE_MS);
    keepalive.unref();
    response.on("close", () => {
      clearInterval(keepalive);
      unsubscribe();
    });
  });
}

function matches(event: SimulatorEvent, filter: z.infer<typeof eventsQuery>): boolean {
  if ("userId" in event && "accountId" in event) {
    if (filter.accountId !== undefined && event.accountId !== filter.accountId) return false;
    return filter.userId === undefined || event.userId === filter.userId;
  }
  if (!("waId" in event && "phoneNumberId" in event)) return true;
  if (filter.phoneNumberId !== undefined && event.phoneNumberId !== filter.phoneNumberId) return false;
  return filter.waId === undefined || event.waId === filter.waId;
}
