/**
 * GET /api/v1/events — the change events as Server-Sent Events, for the console's live updates. An
 * EventSource cannot send headers, so this route also takes the admin token as `?token=` (compared in
 * constant time by the bearer check). Open streams end cleanly when the server closes.
 */
import type { ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { EventBus } from "../events/event-bus.js";
import { eventFrame, heartbeatFrame, retryFrame } from "./event-stream-frames.js";
import { RequestValidationError } from "./route-registry.js";

export interface EventStreamOptions {
  /** A comment line this often keeps proxies from closing an idle stream. Default 15 s. */
  heartbeatMs?: number;
  /** The `retry:` hint: how long an EventSource waits before reconnecting. Default 3 s. */
  retryMs?: number;
}

const EventsQuery = z.object({ token: z.string().optional() });

/** A client that lets this much pile up unread is cut off; it reconnects and fetches what it missed. */
const MAX_BUFFERED_BYTES = 1024 * 1024;
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

  app.get("/api/v1/events", { config: { queryToken: true } }, async (request, reply) => {
    const query = EventsQuery.safeParse(request.query);
    if (!query.success) {
      throw new RequestValidationError(
        query.error.issues.map((i) => ({ path: ["query", ...i.path].join("."), message: i.message })),
      );
    }
    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-cache, no-transform",
      // Reverse proxies (nginx) would otherwise hold events back in their buffers.
      "x-accel-buffering": "no",
    });
    const write = (frame: string) => {
      if (response.writableEnded || response.destroyed) return;
      response.write(frame);
      if (response.writableLength > MAX_BUFFERED_BYTES) response.destroy();
    };
    write(retryFrame(retryMs));
    open.add(response);
    const unsubscribe = events.subscribe((event) => write(eventFrame(event)));
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
