// Queue mode with two server processes on one PostgreSQL database and one Redis: what the worker of one
// changes reaches the event stream of the other, through Redis pub/sub.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../app.js";
import { openEventStream } from "../testing/event-stream-client.js";
import type { EventStreamClient } from "../testing/event-stream-client.js";
import { eventually } from "../testing/test-switchboard.js";
import type { TestSwitchboard } from "../testing/test-switchboard.js";
import { startTwoProcesses } from "../testing/two-processes.js";
import type { TwoProcesses } from "../testing/two-processes.js";

describe("live events with two server processes on PostgreSQL and Redis", () => {
  let processes: TwoProcesses | undefined;
  let worker: TestSwitchboard;
  let api: Switchboard;
  let adminToken: string;
  const streams: EventStreamClient[] = [];

  beforeAll(async () => {
    processes = await startTwoProcesses();
    ({ worker, api, adminToken } = processes);
  });
  afterAll(async () => {
    streams.forEach((stream) => stream.close());
    await processes?.close();
  });

  const open = async (switchboard: Switchboard) => {
    const stream = await openEventStream(`${switchboard.url}/api/v1/events?token=${adminToken}`);
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
        headers: { authorization: `Bearer ${adminToken}` },
      });
      const items = ((await list.json()) as { items: { id: string }[] }).items;
      return items.length > 0 ? items : undefined;
    }, "the conversation, read through the API process");
    const conversationId = conversations[0]?.id ?? "";
    const messages = await fetch(`${api.url}/api/v1/conversations/${conversationId}/messages`, {
      headers: { authorization: `Bearer ${adminToken}` },
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
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const conversationId = ((await list.json()) as { items: { id: string }[] }).items[0]?.id ?? "";
    const patched = await fetch(`${api.url}/api/v1/conversations/${conversationId}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({ status: "in_progress" }),
    });
    expect(patched.status).toBe(200);
    await stream.waitForEvent(
      (e) => e.type === "conversation.changed" && e.conversationId === conversationId,
      "the conversation taken over, on the worker process's stream",
    );
  });
});
