import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BotHttpRequest } from "@switchboard/engine";
import { executeBotHttpRequest } from "./execute-bot-http-request.js";

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

/** A real local API: answers by path, and remembers what it received. */
function route(req: IncomingMessage, body: string, res: ServerResponse): void {
  const json = (status: number, value: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(value));
  };
  switch (req.url) {
    case "/orders/42":
      return json(200, { data: { status: "shipped", items: [{ name: "Shampoo" }] } });
    case "/echo":
      return json(201, { received: JSON.parse(body) as unknown, contentType: req.headers["content-type"] });
    case "/missing":
      return json(404, { error: "no such order" });
    case "/text":
      res.writeHead(200, { "content-type": "text/html" });
      return void res.end("<html>hello</html>");
    case "/huge":
      res.writeHead(200, { "content-type": "application/json" });
      return void res.end(`"${"x".repeat(1024 * 1024 + 10)}"`);
    case "/slow":
      return; // never answers
    default:
      return json(500, { error: "unexpected path" });
  }
}

describe("executeBotHttpRequest against a local HTTP server", () => {
  let server: Server;
  let port: number;
  let received: Received[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        received.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
        route(req, body, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  beforeEach(() => {
    received = [];
  });

  const request = (path: string, extra: Partial<BotHttpRequest> = {}): BotHttpRequest => ({
    method: "GET",
    url: `http://127.0.0.1:${port}${path}`,
    headers: {},
    timeoutMs: 5_000,
    ...extra,
  });
  const allowed = { allowPrivateNetworks: true };

  it("refuses a loopback address by default, without connecting", async () => {
    const result = await executeBotHttpRequest(request("/orders/42"), { allowPrivateNetworks: false });
    expect(result.status).toBe(0);
    expect(result.body).toEqual({ error: expect.stringMatching(/127\.0\.0\.1, a loopback address/) });
    expect(received).toEqual([]);
  });

  it("refuses a host name that resolves to a private address, and IPv6 loopback", async () => {
    const lookup = async () => [{ address: "10.0.0.7", family: 4 }];
    const named = await executeBotHttpRequest(
      request("/orders/42", { url: `http://crm.example.test:${port}/orders/42` }),
      { allowPrivateNetworks: false, lookup },
    );
    expect(named.body).toEqual({
      error: expect.stringMatching(/crm\.example\.test is 10\.0\.0\.7, a private/),
    });
    const v6 = await executeBotHttpRequest(request("/", { url: `http://[::1]:${port}/` }), {
      allowPrivateNetworks: false,
    });
    expect(v6).toEqual({ status: 0, body: { error: expect.stringMatching(/loopback/) } });
    expect(received).toEqual([]);
  });

  it("GETs and parses a JSON answer when private networks are allowed", async () => {
    const result = await executeBotHttpRequest(
      request("/orders/42", { headers: { Authorization: "Bearer shop-token" } }),
      allowed,
    );
    expect(result).toEqual({
      status: 200,
      body: { data: { status: "shipped", items: [{ name: "Shampoo" }] } },
    });
    expect(received[0]?.method).toBe("GET");
    expect(received[0]?.headers.authorization).toBe("Bearer shop-token");
  });

  it("POSTs a JSON body with its content type", async () => {
    const result = await executeBotHttpRequest(
      request("/echo", { method: "POST", body: { name: "Mei", slots: [1, 2] } }),
      allowed,
    );
    expect(result).toEqual({
      status: 201,
      body: { received: { name: "Mei", slots: [1, 2] }, contentType: "application/json" },
    });
  });

  it("connects to the address it checked, keeping the host name in the Host header", async () => {
    const lookup = async (hostname: string) =>
      hostname === "crm.example.test" ? [{ address: "127.0.0.1", family: 4 }] : [];
    const result = await executeBotHttpRequest(
      request("/orders/42", { url: `http://crm.example.test:${port}/orders/42` }),
      { allowPrivateNetworks: true, lookup },
    );
    expect(result.status).toBe(200);
    expect(received[0]?.headers.host).toBe(`crm.example.test:${port}`);
  });

  it("goes through an injected fetch after the same address check", async () => {
    const viaFetch = await executeBotHttpRequest(request("/orders/42"), { ...allowed, fetch });
    expect(viaFetch.status).toBe(200);
    expect(received).toHaveLength(1);
    const refused = await executeBotHttpRequest(request("/orders/42"), {
      allowPrivateNetworks: false,
      fetch,
    });
    expect(refused.status).toBe(0);
    expect(received).toHaveLength(1);
  });

  it("passes a non-2xx status through with its JSON body", async () => {
    const result = await executeBotHttpRequest(request("/missing"), allowed);
    expect(result).toEqual({ status: 404, body: { error: "no such order" } });
  });

  it("answers a non-JSON body as null", async () => {
    expect(await executeBotHttpRequest(request("/text"), allowed)).toEqual({ status: 200, body: null });
  });

  it("answers status 0 when the request times out", async () => {
    const result = await executeBotHttpRequest(request("/slow", { timeoutMs: 200 }), allowed);
    expect(result).toEqual({ status: 0, body: { error: "timed out after 200 ms" } });
    expect(received.map((r) => r.url)).toEqual(["/slow"]);
  });

  it("answers status 0 when the answer is larger than 1 MB", async () => {
    const result = await executeBotHttpRequest(request("/huge"), allowed);
    expect(result).toEqual({
      status: 0,
      body: { error: expect.stringMatching(/larger than 1048576 bytes/) },
    });
  });

  it("answers status 0 for a refused connection and for other protocols", async () => {
    const closed = await executeBotHttpRequest(request("/", { url: "http://127.0.0.1:1/" }), allowed);
    expect(closed).toEqual({
      status: 0,
      body: { error: expect.stringMatching(/^request failed: .*ECONNREFUSED/) },
    });
    const ftp = await executeBotHttpRequest(request("/", { url: "ftp://127.0.0.1/file" }), allowed);
    expect(ftp).toEqual({ status: 0, body: { error: "url: only http and https are allowed, not ftp" } });
  });
});
