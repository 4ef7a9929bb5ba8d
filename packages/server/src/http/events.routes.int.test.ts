import type { AddressInfo } from "node:net";
import Fastify from "fastify";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { waitFor } from "../jobs/job-queue.contract.js";
import { conversationChanged, messageChanged } from "../events/change-event.js";
import type { ChangeListener, EventBus } from "../events/event-bus.js";
import { InProcessEventBus } from "../events/in-process-event-bus.js";
import { openEventStream } from "../testing/event-stream-client.js";
import type { EventStreamClient } from "../testing/event-stream-client.js";
import { installAuth } from "./auth.js";
import { registerEventRoutes } from "./events.routes.js";

const token = "an-admin-token-of-some-length";

/** The in-process bus, counting its subscribers, to see a stream let go of its subscription. */
class CountingBus implements EventBus {
  subscribers = 0;
  readonly inner = new InProcessEventBus();
  publish = (event: Parameters<EventBus["publish"]>[0]) => this.inner.publish(event);
  subscribe(listener: ChangeListener): () => void {
    this.subscribers += 1;
    const unsubscribe = this.inner.subscribe(listener);
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.subscribers -= 1;
      unsubscribe();
    };
  }
  close = () => this.inner.close();
}

describe("GET /api/v1/events", () => {
  let app: FastifyInstance | undefined;
  let bus: CountingBus;
  const clients: EventStreamClient[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.close());
    await app?.close();
    app = undefined;
    await bus.close();
  });

  async function start(heartbeatMs = 15_000): Promise<string> {
    bus = new CountingBus();
    app = Fastify({ forceCloseConnections: true });
    // Only the admin token signs in here: no users, sessions or API tokens exist.
    installAuth(app, {
      adminToken: token,
      users: { get: async () => undefined },
      sessions: { resume: async () => undefined },
      apiTokens: { resolve: async () => undefined },
    });
    registerEventRoutes(app, bus, { heartbeatMs, retryMs: 2500 });
    await app.listen({ port: 0, host: "127.0.0.1" });
    return `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/v1/events`;
  }

  async function open(url: string, init?: RequestInit): Promise<EventStreamClient> {
    const client = await openEventStream(url, init);
    clients.push(client);
    return client;
  }

  it("refuses a missing or wrong token, and takes the right one as ?token= or as a bearer header", async () => {
    const url = await start();
    expect((await open(url)).status).toBe(401);
    expect((await open(`${url}?token=${token}x`)).status).toBe(401);
    expect((await open(`${url}?token=`)).status).toBe(401);
    const byQuery = await open(`${url}?token=${encodeURIComponent(token)}`);
    const byHeader = await open(url, { headers: { authorization: `Bearer ${token}` } });
    for (const client of [byQuery, byHeader]) {
      expect(client.status).toBe(200);
      expect(client.contentType).toBe("text/event-stream; charset=utf-8");
      expect(client.retryMs).toBe(2500);
    }
  });

  it("streams each published event as one data line of JSON", async () => {
    const url = await start();
    const client = await open(`${url}?token=${token}`);
    bus.publish(conversationChanged("c-1", 1_700_000_000_000));
    bus.publish(messageChanged("c-1", "m-1", 1_700_000_000_001));
    await waitFor(() => client.events.length === 2);
    expect(client.events).toEqual([
      { type: "conversation.changed", conversationId: "c-1", at: 1_700_000_000_000 },
      { type: "message.changed", conversationId: "c-1", messageId: "m-1", at: 1_700_000_000_001 },
    ]);
  });

  it("sends a heartbeat comment on its interval", async () => {
    const url = await start(40);
    const client = await open(`${url}?token=${token}`);
    await waitFor(() => client.comments.length >= 2);
    expect(new Set(client.comments)).toEqual(new Set([" heartbeat"]));
    expect(client.events).toEqual([]);
  });

  it("lets go of its subscription when the client goes away", async () => {
    const url = await start();
    const first = await open(`${url}?token=${token}`);
    await open(`${url}?token=${token}`);
    expect(bus.subscribers).toBe(2);
    first.close();
    await waitFor(() => bus.subscribers === 1);
  });

  it("ends every open stream cleanly when the server closes", async () => {
    const url = await start();
    const client = await open(`${url}?token=${token}`);
    await app?.close();
    app = undefined;
    expect(await client.finished).toBe("ended");
    expect(bus.subscribers).toBe(0);
  });
});
