/** The embedded default event bus: subscribers in this process only (one process does all the work). */
import type { ChangeEvent } from "./change-event.js";
import type { ChangeListener, EventBus } from "./event-bus.js";
import { ListenerSet } from "./listener-set.js";

export class InProcessEventBus implements EventBus {
  private readonly listeners: ListenerSet;
  private closed = false;

  /** `onError` hears about listeners that threw. */
  constructor(onError: (error: unknown) => void = (error) => console.error("Event bus error", error)) {
    this.listeners = new ListenerSet(onError);
  }

  publish(event: ChangeEvent): void {
    if (this.closed) return;
    // Later, not now: the publisher's work never waits for (or runs inside) a listener.
    setImmediate(() => {
      if (!this.closed) this.listeners.deliver(event);
    });
  }

  subscribe(listener: ChangeListener): () => void {
    if (this.closed) return () => {};
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.listeners.clear();
  }
}
