import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { waitFor } from "../jobs/job-queue.contract.js";
import { conversationChanged } from "./change-event.js";
import type { ChangeEvent } from "./change-event.js";
import { describeEventBusContract } from "./event-bus.contract.js";
import { RedisEventBus } from "./redis-event-bus.js";
import { testRedisUrl } from "../testing/test-databases.js";

const redisUrl = testRedisUrl();
const freshPrefix = () => `switchboard-test-${randomBytes(6).toString("hex")}`;

// Pub/sub keeps no keys in Redis: closing the connections leaves Redis as it was.
describeEventBusContract("RedisEventBus", async (onError) => {
  const bus = await RedisEventBus.connect({ redisUrl, prefix: freshPrefix(), onError });
  return { bus, cleanup: () => bus.close() };
});

describe("RedisEventBus across processes", () => {
  const opened: { close(): Promise<void> | void }[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((item) => item.close()));
  });

  const connect = async (prefix: string, errors: unknown[] = []) => {
    const bus = await RedisEventBus.connect({ redisUrl, prefix, onError: (error) => errors.push(error) });
    opened.push(bus);
    return bus;
  };

  it("hands an event published by one bus to the subscribers of another on the same prefix only", async () => {
    const prefix = freshPrefix();
    const worker = await connect(prefix);
    const api = await connect(prefix);
    const otherInstall = await connect(freshPrefix());
    expect(api.channel).toBe(`${prefix}:events`);
    const seen: ChangeEvent[] = [];
    const elsewhere: ChangeEvent[] = [];
    api.subscribe((event) => seen.push(event));
    otherInstall.subscribe((event) => elsewhere.push(event));
    worker.publish(conversationChanged("c-shared", 1_700_000_000_000));
    otherInstall.publish(conversationChanged("c-other", 1_700_000_000_001));
    await waitFor(() => seen.length === 1 && elsewhere.length === 1);
    expect(seen).toEqual([
      { type: "conversation.changed", conversationId: "c-shared", at: 1_700_000_000_000 },
    ]);
    expect(elsewhere.map((event) => event.conversationId)).toEqual(["c-other"]);
  });

  it("drops a malformed message on its channel and reports it, then goes on", async () => {
    const prefix = freshPrefix();
    const errors: unknown[] = [];
    const bus = await connect(prefix, errors);
    const seen: ChangeEvent[] = [];
    bus.subscribe((event) => seen.push(event));
    const raw = new Redis(redisUrl);
    opened.push({ close: () => raw.disconnect() });
    await raw.publish(`${prefix}:events`, '{"type":"message.changed","conversationId":"c-1","at":1}');
    await raw.publish(`${prefix}:events`, "not json");
    bus.publish(conversationChanged("c-good", 5));
    await waitFor(() => seen.length === 1 && errors.length === 2);
    expect(seen.map((event) => event.conversationId)).toEqual(["c-good"]);
    expect(errors.map(String)).toEqual([
      expect.stringContaining("messageId"),
      expect.stringContaining("not JSON"),
    ]);
  });
});
