/** Picks the job queue: BullMQ when REDIS_URL is set (queue mode), else the SQL-table queue. */
import type { OpenedDatabase } from "../db/create-database.js";
import { BullmqJobQueue } from "./bullmq-job-queue.js";
import type { JobQueue } from "./job-queue.js";
import { SqlJobQueue } from "./sql-job-queue.js";

export function createJobQueue(
  database: OpenedDatabase,
  redis: { url: string | undefined; prefix: string },
  onError: (error: unknown) => void,
): JobQueue {
  if (redis.url !== undefined)
    return new BullmqJobQueue({ redisUrl: redis.url, prefix: redis.prefix, onError });
  return new SqlJobQueue({
    db: database.db,
    dialect: database.dialect,
    ...(database.bookkeepingDb === undefined ? {} : { bookkeepingDb: database.bookkeepingDb }),
    onError,
  });
}
