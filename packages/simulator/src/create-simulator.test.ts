import Fastify from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import { createSimulator, type Simulator } from "./create-simulator.js";
import type { BusinessMessage } from "./runtime.js";
import { TEST_BUSINESS } from "./testing/start-simulator.js";

describe("createSimulator", () => {
  let simulator: Simulator | undefined;
  afterEach(async () => simulator?.close());

  it("mounts under a prefix without changing the host app's parsing or errors", async () => {
    const seen: BusinessMessage[] = [];
    simulator = createSimulator({
      settings: { statusWebhooks: false },
      fetch: async () => new Response("nope", { status: 404 }),
      onBusinessMessage: (message) => seen.push(message),
      now: () => 1_750_000_000_000,
    });
    const app = Fastify();
    app.post("/api/echo", async (request) => ({ got: request.body }));
    await app.register(simulator.plugin, { prefix: "/simulator" });

    const echo = await app.inject({ method: "POST", url: "/api/echo", payload: { a: 1 } });
    expect(echo.json()).toEqual({ got: { a: 1 } });
    const broken = await app.inject({
      method: "POST",
      url: "/api/echo",
      headers: { "content-type": "application/json" },
      payload: "{",
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toHaveProperty("statusCode", 400);

    const registered = await app.inject({
      method: "POST",
      url: "/simulator/_sim/api/businesses",
      payload: { ...TEST_BUSINESS, webhookUrl: "http://127.0.0.1:9/hook" },
    });
    expect(registered.statusCode).toBe(201);
    expect(registered.json()).toMatchObject({ handshake: "failed: HTTP 404" });

    const graphBroken = await app.inject({
      method: "POST",
      url: `/simulator/v25.0/${TEST_BUSINESS.phoneNumberId}/messages`,
      headers: { "content-type": "application/json", authorization: `Bearer ${TEST_BUSINESS.accessToken}` },
      payload: "{",
    });
    expect(graphBroken.statusCode).toBe(400);
    expect(graphBroken.json()).toMatchObject({ error: { code: 100, type: "OAuthException" } });

    const sent = await app.inject({
      method: "POST",
      url: `/simulator/v25.0/${TEST_BUSINESS.phoneNumberId}/messages`,
      headers: { authorization: `Bearer ${TEST_BUSINESS.accessToken}` },
      payload: { messaging_product: "whatsapp", to: "+16505551234", text: { body: "hi" } },
    });
    expect(sent.statusCode).toBe(200);
    expect(seen).toEqual([
      {
        phoneNumberId: TEST_BUSINESS.phoneNumberId,
        to: "16505551234",
        wamid: sent.json<{ messages: { id: string }[] }>().messages[0]?.id,
        body: { messaging_product: "whatsapp", to: "+16505551234", text: { body: "hi" } },
        receivedAt: 1_750_000_000_000,
      },
    ]);
    const badVersion = await app.inject({
      method: "POST",
      url: `/simulator/latest/${TEST_BUSINESS.phoneNumberId}/messages`,
      headers: { authorization: `Bearer ${TEST_BUSINESS.accessToken}` },
      payload: {},
    });
    expect(badVersion.json()).toMatchObject({ error: { code: 2500 } });
    await app.close();
  });

  it("validates settings and lets PATCH change them", async () => {
    expect(() => createSimulator({ settings: { messagesPerSecond: 0 } })).toThrow();
    simulator = createSimulator();
    expect(simulator.state.settings).toMatchObject({
      messagesPerSecond: 1000,
      pairRateLimit: false,
      autoRead: true,
    });
    const app = Fastify();
    await app.register(simulator.plugin);
    const patched = await app.inject({
      method: "PATCH",
      url: "/_sim/api/settings",
      payload: { readDelayMs: 5 },
    });
    expect(patched.json()).toMatchObject({ readDelayMs: 5, sentDelayMs: 100 });
    const refused = await app.inject({
      method: "PATCH",
      url: "/_sim/api/settings",
      payload: { readDelayMs: -1 },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: { message: expect.stringContaining("readDelayMs") } });
    await app.close();
  });
});
