/**
 * A `fetch` for the platforms' APIs on node:http(s) with keep-alive connection pools and a timeout per
 * request. It answers a standard `Response`; it is lighter than the global fetch on the send hot path.
 */
import http from "node:http";
import https from "node:https";
import type { FetchFn } from "@switchboard/core";

export interface KeepAliveFetchOptions {
  /** Open connections per host at most. */
  maxSockets: number;
  /** A request that takes longer fails (the caller treats it as a network error and retries). */
  timeoutMs: number;
}

export function createKeepAliveFetch(options: KeepAliveFetchOptions): FetchFn {
  const agents = {
    "http:": new http.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
    "https:": new https.Agent({ keepAlive: true, maxSockets: options.maxSockets }),
  };
  return (input, init = {}) =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input);
      const secure = url.protocol === "https:";
      if (!secure && url.protocol !== "http:") {
        reject(new TypeError(`${url.protocol} URLs are not supported`));
        return;
      }
      const body = typeof init.body === "string" ? init.body : undefined;
      if (init.body !== undefined && init.body !== null && body === undefined) {
        reject(new TypeError("only string request bodies are supported"));
        return;
      }
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, key) => {
        headers[key] = value;
      });
      if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
      const request = (secure ? https : http).request(
        url,
        { method: init.method ?? "GET", headers, agent: secure ? agents["https:"] : agents["http:"] },
        (incoming) => {
          const chunks: Buffer[] = [];
          incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
          incoming.on("error", reject);
          incoming.on("end", () => {
            const responseHeaders = new Headers();
            for (const [key, value] of Object.entries(incoming.headers)) {
              if (typeof value === "string") responseHeaders.set(key, value);
              else if (Array.isArray(value)) value.forEach((v) => responseHeaders.append(key, v));
            }
            const status = incoming.statusCode ?? 502;
            // Statuses without a body (204, 304) cannot carry one in a Response.
            const payload = status === 204 || status === 304 ? null : Buffer.concat(chunks);
            resolve(
              new Response(payload, {
                status,
                statusText: incoming.statusMessage ?? "",
                headers: responseHeaders,
              }),
            );
          });
        },
      );
      request.setTimeout(options.timeoutMs, () =>
        request.destroy(new Error(`no answer within ${options.timeoutMs} ms`)),
      );
      request.on("error", reject);
      request.end(body);
    });
}
