/**
 * GET /webchat/:key/events?visitor=<token> — the visitor's new and changed messages as Server-Sent
 * Events (an EventSource cannot send headers, so the token comes in the query). Each `data:` line is one
 * widget item; the widget fetches the history once the stream is open, so nothing falls between.
 */
import type { ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { WebchatLive } from "../features/webchat/webchat-live.js";
import type { WebchatSessions } from "../features/webchat/webchat-sessions.js";
import { heartbeatFrame } from "./event-stream-frames.js";
import { startEventStream } from "./event-stream-response.js";
import { RequestValidationError } from "./route-registry.js";

const Params = z.object({ key: z.string().min(1).max(100) });
const Query = z.object({ visitor: z.string().min(1).max(100) });

export function registerWebchatEventsRoute(
  scope: FastifyInstance,
  sessions: WebchatSessions,
  live: WebchatLive,
  options: { heartbeatMs?: number } = {},
): void {
  const open = new Set<ServerResponse>();
  scope.addHook("preClose", async () => {
    for (const response of open) response.end();
  });

  scope.get("/webchat/:key/events", { config: { public: true } }, async (request, reply) => {
    const params = Params.safeParse(request.params);
    const query = Query.safeParse(request.query);
    if (!params.success || !query.success) {
      const issues = [
        ...(params.success
          ? []
          : params.error.issues.map((i) => ({ path: ["params", ...i.path].join("."), message: i.message }))),
        ...(query.success
          ? []
          : query.error.issues.map((i) => ({ path: ["query", ...i.path].join("."), message: i.message }))),
      ];
      throw new RequestValidationError(issues);
    }
    const account = await sessions.account(params.data.key);
    const visitor = await sessions.visitor(account, query.data.visitor);
    // The headers set so far (CORS) go out with the stream.
    const headers = Object.fromEntries(
      Object.entries(reply.getHeaders()).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])),
    );
    const { response, write } = startEventStream(reply, 3000, headers);
    open.add(response);
    const stop = await live.open({
      channelAccountId: account.id,
      externalId: visitor.externalId,
      write: (item) => write(`data: ${JSON.stringify(item)}\n\n`),
    });
    const heartbeat = setInterval(() => write(heartbeatFrame), options.heartbeatMs ?? 15_000);
    response.once("close", () => {
      clearInterval(heartbeat);
      stop();
      open.delete(response);
    });
  });
}
