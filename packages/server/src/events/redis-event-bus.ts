/**
 * The queue-mode event bus: Redis pub/sub on the channel `<REDIS_PREFIX>:events`, so an event published
 * by one process (a worker) reaches the subscribers of every process (the API servers' event streams).
 * Events published here come back through Redis like everyone else's, so every process sees one order.
 */
import { Redis } from "ioredis";
import type { ChangeEvent } from "./change-event.js";
import { parseChangeEvent } from "./change-event.js";
import type { ChangeListener, EventBus } from "./event-bus.js";
import { ListenerSet } from "./listener-set.js";

export interface RedisEventBusOptions {
  /** `redis://[user:password@]host:port[/db]`. */
  redisUrl: string;
  /** Prefix of the channel name, so several installations can share one Redis. Default `switchboard`. */
  prefix?: string;
  /** Connection problems, failed publishes, malformed messages on the channel, listeners that threw. */
  onError?: (error: unknown) => void;
}

export class RedisEventBus implements EventBus {
  private readonly listeners: ListenerSet;
  private closed = false;

  private constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    readonly channel: string,
    private readonly onError: (error: unknown) => void,
  ) {
    this.listeners = new ListenerSet(onError);
  }

  /** Connects and subscribes; resolves once the subscription is active, so nothing published after is missed. */
  static async connect(options: RedisEventBusOptions): Promise<RedisEventBus> {
    const onError = options.onError ?? ((error) => console.error("Event bus error", error));
    const channel = `${options.prefix ?? "switchboard"}:events`;
    // A publish gives up after one reconnection attempt instead of holding its caller: events are hints.
    const publisher = new Redis(options.redisUrl, { maxRetriesPerRequest: 1 });
    const subscriber = new Redis(options.redisUrl);
    const bus = new RedisEventBus(publisher, subscriber, channel, onError);
    publisher.on("error", onError);
    subscriber.on("error", onError);
    subscriber.on("message", (from: string, text: string) => bus.receive(from, text));
    try {
      // ioredis subscribes again by itself after a reconnection.
      await subscriber.subscribe(channel);
    } catch (error) {
      publisher.disconnect();
      subscriber.disconnect();
      throw error;
    }
    return bus;
  }

  publish(event: ChangeEvent): void {
    if (this.closed) return;
    this.publisher.publish(this.channel, JSON.stringify(event)).catch((error: unknown) => {
      this.onError(new Error(`Could not publish ${event.type} on ${this.channel}`, { cause: error }));
    });
  }

  subscribe(listener: ChangeListener): () => void {
    if (this.closed) return () => {};
    return this.listeners.add(listener);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.listeners.clear();
    // QUIT lets publishes already sent finish; a connection that cannot say goodbye is cut.
    await Promise.all(
      [this.publisher, this.subscriber].map((connection) =>
        connection.quit().then(
          () => undefined,
          () => connection.disconnect(),
        ),
      ),
    );
  }

  private receive(from: string, text: string): void {
    if (this.closed || from !== this.channel) return;
    const parsed = parseChangeEvent(text);
    if (!parsed.ok) {
      this.onError(new Error(`Ignored a malformed event on ${this.channel}: ${parsed.error}`));
      return;
    }
    this.listeners.deliver(parsed.event);
  }
}
