/** Keeps the page fresh: the simulator's event stream, and a 1 s poll of the open chat as a fallback. */
import { EVENTS_URL } from "./api.js";
import { EVENT_TYPES, parseSimulatorEvent, type SimulatorEvent } from "./simulator-event.js";

const POLL_MS = 1000;
/** Every n-th poll reloads the whole chat, so status changes show up even when the stream is down. */
const FULL_RELOAD_EVERY = 5;

export interface LiveUpdateHandlers {
  /** A parsed event from the stream. */
  onEvent(event: SimulatorEvent): void;
  /** `full` reloads every item (statuses may have changed); otherwise only newer items are fetched. */
  refresh(full: boolean): void;
}

export class LiveUpdates {
  private source: EventSource | undefined;
  private timer: number | undefined;
  private polls = 0;

  constructor(private readonly handlers: LiveUpdateHandlers) {}

  start(): void {
    if (typeof EventSource === "function") {
      this.source = new EventSource(EVENTS_URL);
      const onMessage = (message: MessageEvent<unknown>) => {
        const event =
          typeof message.data === "string" ? parseSimulatorEvent(message.data, message.type) : undefined;
        // Something we cannot read may still concern the open chat.
        if (event === undefined) this.handlers.refresh(true);
        else this.handlers.onEvent(event);
      };
      this.source.addEventListener("message", onMessage);
      for (const name of EVENT_TYPES) this.source.addEventListener(name, onMessage);
      // After a reconnect, catch up on whatever was missed.
      this.source.addEventListener("open", () => this.handlers.refresh(true));
    }
    this.timer = window.setInterval(() => {
      this.polls += 1;
      this.handlers.refresh(this.polls % FULL_RELOAD_EVERY === 0);
    }, POLL_MS);
  }

  stop(): void {
    this.source?.close();
    window.clearInterval(this.timer);
  }
}
