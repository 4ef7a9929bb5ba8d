/** Pure: the text frames of the Server-Sent Events stream (https://html.spec.whatwg.org/multipage/server-sent-events.html). */
import type { ChangeEvent } from "../events/change-event.js";

/** The first frame: how long a browser's EventSource waits before it reconnects by itself. */
export function retryFrame(retryMs: number): string {
  return `retry: ${Math.max(0, Math.round(retryMs))}\n\n`;
}

/** One event as a `data:` line; JSON has no raw newlines, so it is always a single line. */
export function eventFrame(event: ChangeEvent): string {
  return `data: ${JSON.stringify(event)}\n\n`;
}

/** A comment line: ignored by clients, it keeps proxies from closing an idle connection. */
export const heartbeatFrame = ": heartbeat\n\n";
