/**
 * A Server-Sent Events client for tests, on Node's fetch: reads `/api/v1/events` as it streams and keeps
 * every frame (events, comments, the retry hint) for assertions.
 */
import { setTimeout as sleep } from "node:timers/promises";
import type { ChangeEvent } from "../events/change-event.js";
import { parseChangeEvent } from "../events/change-event.js";

export interface EventStreamClient {
  status: number;
  contentType: string | null;
  events: ChangeEvent[];
  /** Comment lines without the leading colon (e.g. " heartbeat"). */
  comments: string[];
  retryMs: number | undefined;
  /** Resolves "ended" when the server ended the stream, "failed" when the connection broke. */
  finished: Promise<"ended" | "failed">;
  /** Waits until `predicate` holds for some event; fails after `timeoutMs`. */
  waitForEvent(
    predicate: (event: ChangeEvent) => boolean,
    what: string,
    timeoutMs?: number,
  ): Promise<ChangeEvent>;
  close(): void;
}

/** Opens the stream; resolves once the server answered (the subscription is then in place). */
export async function openEventStream(url: string, init: RequestInit = {}): Promise<EventStreamClient> {
  const controller = new AbortController();
  const response = await fetch(url, { ...init, signal: controller.signal });
  const client: EventStreamClient = {
    status: response.status,
    contentType: response.headers.get("content-type"),
    events: [],
    comments: [],
    retryMs: undefined,
    finished: Promise.resolve("ended"),
    waitForEvent: async (predicate, what, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = client.events.find(predicate);
        if (found !== undefined) return found;
        if (Date.now() > deadline) throw new Error(`no event for ${what} within ${timeoutMs} ms`);
        await sleep(10);
      }
    },
    close: () => controller.abort(),
  };
  if (response.body === null || !response.ok) {
    await response.body?.cancel();
    return client;
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  client.finished = (async () => {
    let buffer = "";
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return "ended";
        buffer += value;
        let end = buffer.indexOf("\n\n");
        while (end !== -1) {
          readFrame(client, buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
        }
      }
    } catch {
      return "failed";
    }
  })();
  // Wait for the first frame: the server writes it once the subscription is in place.
  const deadline = Date.now() + 5_000;
  while (client.retryMs === undefined && Date.now() < deadline) await sleep(5);
  return client;
}

function readFrame(client: EventStreamClient, frame: string): void {
  for (const line of frame.split("\n")) {
    if (line.startsWith(":")) client.comments.push(line.slice(1));
    else if (line.startsWith("retry: ")) client.retryMs = Number(line.slice(7));
    else if (line.startsWith("data: ")) {
      const parsed = parseChangeEvent(line.slice(6));
      if (!parsed.ok) throw new Error(`the stream sent a malformed event: ${parsed.error}`);
      client.events.push(parsed.event);
    }
  }
}
