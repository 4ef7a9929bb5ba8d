import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKeepAliveFetch } from "./keep-alive-fetch.js";

describe("keep-alive fetch", () => {
  let server: http.Server;
  let base = "";
  const seen: { method?: string; url?: string; auth?: string; body: string; remotePort?: number }[] = [];
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        seen.push({
          method: request.method,
          url: request.url,
          auth: request.headers.authorization,
          body,
          remotePort: request.socket.remotePort,
        });
        if (request.url === "/slow") return;
        response.writeHead(request.url === "/missing" ? 404 : 200, {
          "content-type": "application/json",
          "x-test": "yes",
        });
        response.end(JSON.stringify({ ok: request.url !== "/missing" }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const fetchFn = createKeepAliveFetch({ maxSockets: 4, timeoutMs: 300 });

  it("sends method, headers and body, and answers a standard Response over one kept-alive connection", async () => {
    const first = await fetchFn(`${base}/v25.0/1/messages`, {
      method: "POST",
      headers: { authorization: "Bearer t" },
      body: '{"a":1}',
    });
    const second = await fetchFn(`${base}/v25.0/1/messages`, {
      method: "POST",
      headers: { authorization: "Bearer t" },
      body: '{"a":2}',
    });
    expect(first.status).toBe(200);
    expect(first.headers.get("x-test")).toBe("yes");
    expect(await first.json()).toEqual({ ok: true });
    expect(await second.text()).toBe('{"ok":true}');
    expect(seen.slice(-2).map((s) => [s.method, s.url, s.auth, s.body])).toEqual([
      ["POST", "/v25.0/1/messages", "Bearer t", '{"a":1}'],
      ["POST", "/v25.0/1/messages", "Bearer t", '{"a":2}'],
    ]);
    expect(seen.at(-1)?.remotePort).toBe(seen.at(-2)?.remotePort);
  });

  it("passes error statuses through and fails a request that takes too long", async () => {
    const missing = await fetchFn(`${base}/missing`);
    expect(missing.ok).toBe(false);
    expect(missing.status).toBe(404);
    await expect(fetchFn(`${base}/slow`)).rejects.toThrow("no answer within 300 ms");
  });
});
