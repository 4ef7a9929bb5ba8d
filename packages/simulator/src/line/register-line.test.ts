import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { createSimulator } from "../create-simulator.js";

describe("LINE mounted under a prefix", () => {
  it("answers LINE's JSON and headers under the prefix, leaving the host app's 404 alone", async () => {
    const simulator = createSimulator({ fetch: async () => new Response("ok") });
    const app = Fastify();
    app.setNotFoundHandler((_request, reply) => reply.code(404).send({ host: "not found" }));
    await app.register(simulator.plugin, { prefix: "/simulator" });
    const channel = await app.inject({
      method: "POST",
      url: "/simulator/_sim/api/line/channels",
      payload: {
        channelId: "2000000001",
        name: "Shop",
        channelAccessToken: "token",
        channelSecret: "secret",
        webhookUrl: "http://127.0.0.1:9/line",
      },
    });
    expect(channel.statusCode).toBe(201);
    const info = await app.inject({
      method: "GET",
      url: "/simulator/line/v2/bot/info",
      headers: { authorization: "Bearer token" },
    });
    expect(info.json()).toMatchObject({
      displayName: "Shop",
      chatMode: "bot",
      userId: expect.stringMatching(/^U[0-9a-f]{32}$/),
    });
    expect(info.headers["x-line-request-id"]).toEqual(expect.any(String));
    const unknownPath = await app.inject({ method: "GET", url: "/simulator/line/v2/bot/nothing" });
    expect(unknownPath.statusCode).toBe(404);
    expect(unknownPath.json()).toEqual({ message: "Not found" });
    const badJson = await app.inject({
      method: "POST",
      url: "/simulator/line/v2/bot/message/push",
      headers: { authorization: "Bearer token", "content-type": "application/json" },
      payload: "{",
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json()).toMatchObject({ message: expect.stringContaining("The request body is invalid") });
    expect((await app.inject({ method: "GET", url: "/elsewhere" })).json()).toEqual({ host: "not found" });
    await simulator.close();
    await app.close();
  });
});
