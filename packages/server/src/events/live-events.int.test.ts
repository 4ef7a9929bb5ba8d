// The console's live updates end to end: a real server and simulator, an SSE client on /api/v1/events.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "../jobs/job-queue.contract.js";
import { openEventStream } from "../testing/event-stream-client.js";
import type { EventStreamClient } from "../testing/event-stream-client.js";
import { testDialects } from "../testing/test-databases.js";
import { eventually, startTestSwitchboard } from "../testing/test-switchboard.js";
import type { TestSwitchboard } from "../testing/test-switchboard.js";
import type { ChangeEvent } from "./change-event.js";

interface ApiMessage {
  id: string;
  direction: string;
  status: string;
}

describe.each(testDialects)("live events on %s", (dialect) => {
  let h: TestSwitchboard;
  let stream: EventStreamClient | undefined;
  beforeAll(async () => {
    h = await startTestSwitchboard(dialect, { sentDelayMs: 10, deliveredDelayMs: 20, readDelayMs: 30 });
  });
  afterEach(() => {
    stream?.close();
    stream = undefined;
  });
  afterAll(async () => h.close());

  const openStream = async () => {
    stream = await openEventStream(
      `${h.switchboard.url}/api/v1/events?token=${encodeURIComponent(h.switchboard.adminToken)}`,
    );
    expect(stream.status).toBe(200);
    return stream;
  };
  const conversationOf = (waId: string) =>
    eventually(async () => {
      const list = await h.api("GET", "/api/v1/conversations");
      const items = (list.json as { items: { id: string; contact: { externalId: string } }[] }).items;
      return items.find((c) => c.contact.externalId === waId)?.id;
    }, `the conversation of ${waId}`);
  const messagesOf = async (conversationId: string) =>
    ((await h.api("GET", `/api/v1/conversations/${conversationId}/messages`)).json as { items: ApiMessage[] })
      .items;
  const about = (messageId: string) => (event: ChangeEvent) =>
    event.type === "message.changed" && event.messageId === messageId;
  const conversationChangedOf = (conversationId: string) => (event: ChangeEvent) =>
    event.type === "conversation.changed" && event.conversationId === conversationId;
  /** A customer writes (no bot answers here) and the stream has told of it: the events after this are new. */
  const customerWrote = async (events: EventStreamClient, waId: string, text: string) => {
    await h.customerSends(waId, { type: "text", text });
    const conversationId = await conversationOf(waId);
    await events.waitForEvent(conversationChangedOf(conversationId), "the customer's conversation");
    return { conversationId, seen: events.events.length };
  };

  it("announces a customer's message once it is stored, and its conversation", async () => {
    const events = await openStream();
    await h.customerSends("886911000001", { type: "text", text: "Is the cushion foundation in stock?" });
    const conversationId = await conversationOf("886911000001");
    const [inbound] = await messagesOf(conversationId);
    expect(inbound?.direction).toBe("inbound");
    await events.waitForEvent(about(inbound?.id ?? ""), "the customer's message");
    await events.waitForEvent(
      (event) => event.type === "conversation.changed" && event.conversationId === conversationId,
      "the conversation",
    );
    const changed = events.events.find(about(inbound?.id ?? ""));
    expect(changed).toEqual({
      type: "message.changed",
      conversationId,
      messageId: inbound?.id,
      at: expect.any(Number),
    });
  });

  it("announces an agent's message when it is stored, accepted, and as each status arrives", async () => {
    const events = await openStream();
    const { conversationId, seen } = await customerWrote(events, "886911000002", "hello");
    const sent = await h.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: { kind: "text", text: "Yes, shade 21 and 23 are in stock." },
    });
    expect(sent.status).toBe(201);
    const messageId = (sent.json as { message: ApiMessage }).message.id;
    await eventually(
      async () =>
        (await messagesOf(conversationId)).find((m) => m.id === messageId)?.status === "read"
          ? true
          : undefined,
      "the agent's message, read",
    );
    // Stored, accepted by the platform, then sent, delivered and read: one event each.
    await waitFor(() => events.events.filter(about(messageId)).length >= 5);
    expect(events.events.filter(about(messageId)).every((e) => e.conversationId === conversationId)).toBe(
      true,
    );
    expect(events.events.slice(seen).some(conversationChangedOf(conversationId))).toBe(true);
  });

  it("announces a conversation an agent takes over", async () => {
    const events = await openStream();
    const { conversationId, seen } = await customerWrote(
      events,
      "886911000003",
      "I want to talk to a person",
    );
    expect(events.events.slice(seen).some(conversationChangedOf(conversationId))).toBe(false);
    const patched = await h.api("PATCH", `/api/v1/conversations/${conversationId}`, {
      status: "in_progress",
    });
    expect(patched.status).toBe(200);
    await waitFor(() => events.events.slice(seen).some(conversationChangedOf(conversationId)));
  });
});
