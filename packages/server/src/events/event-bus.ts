/**
 * The event bus port: change events from whoever changed data (the worker, the API) to whoever shows it
 * (the console's event streams), in this process or, in queue mode, every process sharing Redis. Two
 * adapters implement it: in-process (embedded default) and Redis pub/sub. Both pass `event-bus.contract.ts`.
 * Delivery is best effort: a listener that misses an event catches up with its next fetch.
 */
import type { ChangeEvent } from "./change-event.js";

export type ChangeListener = (event: ChangeEvent) => void;

export interface EventBus {
  /**
   * Hands the event to every subscriber, asynchronously. Call it after the commit that made the change.
   * Never throws: a failure (Redis unreachable) goes to the bus's error callback, and the work that
   * changed the data stays done.
   */
  publish(event: ChangeEvent): void;
  /** Calls `listener` for every event published from now on; the returned function stops that. */
  subscribe(listener: ChangeListener): () => void;
  /** Stops delivering and releases connections. Publishing afterwards does nothing. */
  close(): Promise<void>;
}

/** Publishes each event in order (see `EventBus.publish`: never throws). */
export function publishAll(bus: EventBus, events: readonly ChangeEvent[]): void {
  for (const event of events) bus.publish(event);
}
