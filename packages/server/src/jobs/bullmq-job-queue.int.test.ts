import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { BullmqJobQueue } from "./bullmq-job-queue.js";
import { describeJobQueueContract } from "./job-queue.contract.js";
import { testRedisUrl } from "../testing/test-databases.js";

const redisUrl = testRedisUrl();

/** Deletes every key under `prefix`, so each test leaves Redis as it found it. */
async function deleteKeys(prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}

describeJobQueueContract("BullmqJobQueue", async () => {
  const prefix = `switchboard-test-${randomBytes(6).toString("hex")}`;
  const queue = new BullmqJobQueue({ redisUrl, prefix, backoff: { baseMs: 10, maxMs: 100 } });
  return {
    queue,
    cleanup: async () => {
      await queue.close();
      await deleteKeys(prefix);
    },
  };
});
