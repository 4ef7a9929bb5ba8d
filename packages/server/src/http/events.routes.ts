/**
 * GET /api/v1/events — the change events as Server-Sent Events, for the console's live updates. An
 * EventSource cannot send headers, so this route also takes the admin token as `?token=` (compared in
 * constant time by the bearer check). Open streams end cleanly when the server closes.
 */
import type { ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { EventBus } from "../events/event-bus.js";
import { eventFrame, heartbeatFrame } from "./event-stream-frames.js";
import { startEventStream } from "./event-stream-response.js";
import { actorOf, EVERY_ROLE } from "./auth.js";
import { eventVisibility } from "./event-visibility.js";
import type { OwnerLookup } from "./event-visibility.js";
import { RequestValidationError } from "./route-registry.js";

export interface EventStreamOptions {
  /** A comment line this often keeps proxies from closing an idle stream. Default 15 s. */
  heartbeatMs?: number;
  /** The `retry:` hint: how long an EventSource waits before reconnecting. Default 3 s. */
  retryMs?: number;
  /** Who owns a conversation, so agents' and store managers' streams carry only their scope's events. */
  owners?: OwnerLookup;
}

const EventsQuery = z.object({ token: z.string().optional() });

/** How long closing the server waits for a stream's last bytes to leave. */
const END_WAIT_MS = 1000;

export function registerEventRoutes(
  app: FastifyInstance,
  events: EventBus,
  options: EventStreamOptions = {},
): void {
  const heartbeatMs = options.heartbeatMs ?? 15_000;
  const retryMs = options.retryMs ?? 3_000;
  const open = new Set<ServerResponse>();

  // Before Fastify cuts every connection: end each stream, so its client reads a proper end.
  app.addHook("preClose", async () => {
    await Promise.all([...open].map((response) => endStream(response)));
  });

  app.get("/api/v1/events", { config: { queryToken: true, allow: EVERY_ROLE } }, async (request, reply) => {
    const query = EventsQuery.safeParse(request.query);
    if (!query.success) {
      throw new RequestValidationError(
        query.error.issues.map((i) => ({ path: ["query", ...i.path].join("."), message: i.message })),
      );
    }
    const { response, write } = startEventStream(reply, retryMs);
    open.add(response);
    const owners = options.owners;
    const visible = owners === undefined ? undefined : eventVisibility(actorOf(request), owners);
    // Checks run one after the other, so the events keep their order.
    let checked = Promise.resolve();
    const unsubscribe = events.subscribe((event) => {
      if (visible === undefined) return write(eventFrame(event));
      checked = checked
        .then(async () => {
          if (await visible(event)) write(eventFrame(event));
        })
        .catch((error: unknown) => request.log.warn({ err: error }, "event visibility check failed"));
    });
    const heartbeat = setInterval(() => write(heartbeatFrame), heartbeatMs);
    response.once("close", () => {
      clearInterval(heartbeat);
      unsubscribe();
      open.delete(response);
    });
  });
}

function endStream(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, END_WAIT_MS);
    response.end(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
