/** The subscribers of one bus in this process; each gets every event, and one that throws stops no other. */
import type { ChangeEvent } from "./change-event.js";
import type { ChangeListener } from "./event-bus.js";

export class ListenerSet {
  private readonly listeners = new Set<ChangeListener>();

  constructor(private readonly onError: (error: unknown) => void) {}

  add(listener: ChangeListener): () => void {
    // A wrapper per subscription, so subscribing the same function twice gives two deliveries and two
    // independent unsubscribes.
    const entry: ChangeListener = (event) => listener(event);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  deliver(event: ChangeEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.onError(error);
      }
    }
  }

  clear(): void {
    this.listeners.clear();
  }
}
