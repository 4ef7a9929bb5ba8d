/**
 * Turns a Fastify reply into a Server-Sent Events stream: the headers, the `retry:` frame and a writer that
 * cuts off a client who lets too much pile up unread (it reconnects and fetches what it missed).
 */
import type { ServerResponse } from "node:http";
import type { FastifyReply } from "fastify";
import { retryFrame } from "./event-stream-frames.js";

const MAX_BUFFERED_BYTES = 1024 * 1024;

export interface EventStreamResponse {
  response: ServerResponse;
  /** Writes a frame unless the stream has ended; destroys it when the client falls too far behind. */
  write(frame: string): void;
}

/** Takes the reply over from Fastify and starts the stream, with `headers` before the stream's own. */
export function startEventStream(
  reply: FastifyReply,
  retryMs: number,
  headers: Record<string, string> = {},
): EventStreamResponse {
  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, {
    ...headers,
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
  return { response, write };
}
