/**
 * Queue mode with two server processes on one PostgreSQL database and one Redis: the first takes the
 * webhooks and runs the jobs, the second only serves the API. Both share the secret key and the admin
 * token, as real replicas do.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { startSwitchboard } from "../app.js";
import type { Switchboard } from "../app.js";
import { readConfig } from "../config.js";
import { startTestSwitchboard } from "./test-switchboard.js";
import type { TestSwitchboard } from "./test-switchboard.js";
import { testRedisUrl } from "./test-databases.js";

export interface TwoProcesses {
  /** The process with the webhooks and the worker (and the simulator). */
  worker: TestSwitchboard;
  /** The process that only serves the API. */
  api: Switchboard;
  /** The admin token both accept. */
  adminToken: string;
  /** Stops both and removes what they left in Redis and on disk. */
  close(): Promise<void>;
}

/** Starts both processes with a Redis key prefix of their own. */
export async function startTwoProcesses(): Promise<TwoProcesses> {
  const redisUrl = testRedisUrl();
  const prefix = `switchboard-test-${randomBytes(4).toString("hex")}`;
  const shared = {
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    SECRET_KEY: randomBytes(32).toString("hex"),
    ADMIN_TOKEN: `sb_${randomBytes(18).toString("base64url")}`,
  };
  const worker = await startTestSwitchboard("postgres", {}, shared);
  const apiDataDir = mkdtempSync(join(tmpdir(), "switchboard-api-"));
  let api: Switchboard;
  try {
    api = await startApiProcess(shared, apiDataDir, worker);
  } catch (error) {
    await worker.close();
    rmSync(apiDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    worker,
    api,
    adminToken: shared.ADMIN_TOKEN,
    close: async () => {
      await api.close();
      await worker.close();
      rmSync(apiDataDir, { recursive: true, force: true });
      const redis = new Redis(redisUrl);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length > 0) await redis.del(...keys);
      redis.disconnect();
    },
  };
}

async function startApiProcess(
  shared: Record<string, string>,
  dataDir: string,
  worker: TestSwitchboard,
): Promise<Switchboard> {
  const config = readConfig({
    ...shared,
    ROLE: "api",
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    DATABASE_URL: worker.database.url,
    META_GRAPH_URL: worker.simulatorUrl,
    LOG_LEVEL: "silent",
  });
  if (!config.ok) throw new Error(config.problems.join("; "));
  return startSwitchboard(config.config);
}
