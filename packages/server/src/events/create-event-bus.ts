/** Picks the event bus: Redis pub/sub when REDIS_URL is set (several processes), else in-process. */
import type { EventBus } from "./event-bus.js";
import { InProcessEventBus } from "./in-process-event-bus.js";
import { RedisEventBus } from "./redis-event-bus.js";

export async function createEventBus(
  redis: { url: string | undefined; prefix: string },
  onError: (error: unknown) => void,
): Promise<EventBus> {
  if (redis.url !== undefined)
    return RedisEventBus.connect({ redisUrl: redis.url, prefix: redis.prefix, onError });
  return new InProcessEventBus(onError);
}
