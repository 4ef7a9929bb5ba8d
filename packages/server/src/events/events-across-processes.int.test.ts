// Queue mode with two server processes on one PostgreSQL database and one Redis: what the worker of one
// changes reaches the event stream of the other, through Redis pub/sub.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSwitchboard } from "../app.js";
import type { Switchboard } from "../app.js";
import { readConfig } from "../config.js";
import { openEventStream } from "../testing/event-stream-client.js";
import type { EventStreamClient } from "../testing/event-stream-client.js";
import { eventually, startTestSwitchboard } from "../testing/test-switchboard.js";
import type { TestSwitchboard } from "../testing/test-switchboard.js";

const redisUrl = process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379";
const prefix = `switchboard-test-${randomBytes(4).toString("hex")}`;
/** Both processes share the secret key (channel secrets) and the admin token, as real replicas do. */
const shared = {
  REDIS_URL: redisUrl,
  REDIS_PREFIX: prefix,
  SECRET_KEY: randomBytes(32).toString("hex"),
  ADMIN_TOKEN: `sb_${randomBytes(18).toString("base64url")}`,
};

describe("live events with two server processes on PostgreSQL and Redis", () => {
  let worker: TestSwitchboard;
  let api: Switchboard;
  let apiDataDir: string;
  const streams: EventStreamClient[] = [];

  beforeAll(async () => {
    // The first process takes the webhooks and runs the jobs; the second only serves the API.
    worker = await startTestSwitchboard("postgres", {}, shared);
    apiDataDir = mkdtempSync(join(tmpdir(), "switchboard-api-"));
    const config = readConfig({
      ...shared,
      ROLE: "api",
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: apiDataDir,
      DATABASE_URL: worker.database.url,
      META_GRAPH_URL: worker.simulatorUrl,
      LOG_LEVEL: "silent",
    });
    if (!config.ok) throw new Error(config.problems.join("; "));
    api = await startSwitchboard(config.config);
  });
  afterAll(async () => {
    streams.forEach((stream) => stream.close());
    await api?.close();
    await worker?.close();
    rmSync(apiDataDir, { recursive: true, force: true });
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  const open = async (switchboard: Switchboard) => {
    const stream = await openEventStream(`${switchboard.url}/api/v1/events?token=${shared.ADMIN_TOKEN}`);
    streams.push(stream);
    expect(stream.status).toBe(200);
    return stream;
  };

  it("streams, from the API process, the message the other process's worker stored", async () => {
    expect(api.queue.transactional).toBe(false);
    const stream = await open(api);
    await worker.customerSends("886922000001", { type: "text", text: "Do you ship to Kaohsiung?" });
    const conversations = await eventually(async () => {
      const list = await fetch(`${api.url}/api/v1/conversations`, {
        headers: { authorization: `Bearer ${shared.ADMIN_TOKEN}` },
      });
      const items = ((await list.json()) as { items: { id: string }[] }).items;
      return items.length > 0 ? items : undefined;
    }, "the conversation, read through the API process");
    const conversationId = conversations[0]?.id ?? "";
    const messages = await fetch(`${api.url}/api/v1/conversations/${conversationId}/messages`, {
      headers: { authorization: `Bearer ${shared.ADMIN_TOKEN}` },
    });
    const [inbound] = ((await messages.json()) as { items: { id: string }[] }).items;
    const event = await stream.waitForEvent(
      (e) => e.type === "message.changed" && e.messageId === inbound?.id,
      "the customer's message on the API process's stream",
    );
    expect(event.conversationId).toBe(conversationId);
  });

  it("streams, from the worker process, a change made through the API process", async () => {
    const stream = await open(worker.switchboard);
    const list = await fetch(`${api.url}/api/v1/conversations`, {
      headers: { authorization: `Bearer ${shared.ADMIN_TOKEN}` },
    });
    const conversationId = ((await list.json()) as { items: { id: string }[] }).items[0]?.id ?? "";
    const patched = await fetch(`${api.url}/api/v1/conversations/${conversationId}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${shared.ADMIN_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ status: "in_progress" }),
    });
    expect(patched.status).toBe(200);
    await stream.waitForEvent(
      (e) => e.type === "conversation.changed" && e.conversationId === conversationId,
      "the conversation taken over, on the worker process's stream",
    );
  });
});
