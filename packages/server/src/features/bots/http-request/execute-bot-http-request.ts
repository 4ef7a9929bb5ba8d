/**
 * Makes the HTTP call a bot's `http_request` node asks for, and answers what the engine's
 * `http_response` event carries: the status and the parsed JSON body. Never throws: a refused or failed
 * call answers status 0 with `{ error }`, which the bot treats like any non-2xx answer.
 */
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import type { BotHttpRequest } from "@switchboard/engine";
import { resolveAllowedAddress, systemLookup } from "./resolve-allowed-address.js";
import type { HostLookup } from "./resolve-allowed-address.js";

/** Answers larger than this are cut off and count as a failed call. */
const MAX_RESPONSE_BYTES = 1024 * 1024;

export interface BotHttpResult {
  /** The HTTP status; 0 when the call was refused or failed. */
  status: number;
  /** The answer's JSON, null when it is not JSON; `{ error }` with status 0. */
  body: unknown;
}

export interface BotHttpOptions {
  /** Allow private, loopback and link-local addresses (BOT_HTTP_ALLOW_PRIVATE_NETWORKS). */
  allowPrivateNetworks: boolean;
  /**
   * Replaces the built-in node:http(s) transport. The address check still runs first, but such a
   * fetch resolves the host again by itself, so only the built-in transport is pinned to the checked
   * address: leave it unset in production.
   */
  fetch?: typeof fetch;
  /** Resolves host names; the system resolver by default. */
  lookup?: HostLookup;
}

/** What a transport answers: the status and the body as it arrives, which may be abandoned midway. */
interface RawAnswer {
  status: number;
  chunks: AsyncIterable<Uint8Array>;
}

export async function executeBotHttpRequest(
  request: BotHttpRequest,
  options: BotHttpOptions,
): Promise<BotHttpResult> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<BotHttpResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve(failed(`timed out after ${request.timeoutMs} ms`));
    }, request.timeoutMs);
  });
  try {
    return await Promise.race([call(request, options, controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}

async function call(request: BotHttpRequest, options: BotHttpOptions, signal: AbortSignal) {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return failed(`url: "${request.url}" is not a valid URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return failed(`url: only http and https are allowed, not ${url.protocol.slice(0, -1)}`);
  }
  try {
    const target = await resolveAllowedAddress(url.hostname, {
      allowPrivateNetworks: options.allowPrivateNetworks,
      lookup: options.lookup ?? systemLookup,
    });
    if (!target.ok) return failed(target.reason);
    const headers = requestHeaders(request);
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const answer =
      options.fetch === undefined
        ? await viaNodeHttp(url, { method: request.method, headers, body, signal }, target)
        : await viaFetch(options.fetch, url, { method: request.method, headers, body, signal });
    const bytes = await readCapped(answer.chunks);
    if (bytes === undefined) return failed(`the answer is larger than ${MAX_RESPONSE_BYTES} bytes`);
    return { status: answer.status, body: parseJson(bytes) };
  } catch (error) {
    return failed(`request failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface Outgoing {
  method: BotHttpRequest["method"];
  headers: Record<string, string>;
  body: string | undefined;
  signal: AbortSignal;
}

/** The bot's headers (names lowercased) plus JSON defaults; lengths are always computed here. */
function requestHeaders(request: BotHttpRequest): Record<string, string> {
  const headers: Record<string, string> = { accept: "application/json", "user-agent": "Switchboard" };
  for (const [name, value] of Object.entries(request.headers)) {
    const key = name.toLowerCase();
    if (key !== "content-length" && key !== "transfer-encoding") headers[key] = value;
  }
  if (request.body !== undefined && headers["content-type"] === undefined) {
    headers["content-type"] = "application/json";
  }
  return headers;
}

/** node:http(s) connected to the checked address (SNI and certificate still use the host name). */
function viaNodeHttp(
  url: URL,
  outgoing: Outgoing,
  target: { address: string; family: 4 | 6 },
): Promise<RawAnswer> {
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all === true) callback(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const headers = { ...outgoing.headers };
  if (outgoing.body !== undefined) headers["content-length"] = String(Buffer.byteLength(outgoing.body));
  return new Promise((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    // No agent: a pooled socket could have been opened for another call's address.
    const req = client.request(
      url,
      { method: outgoing.method, headers, agent: false, lookup: pinned, signal: outgoing.signal },
      (incoming) => resolve({ status: incoming.statusCode ?? 0, chunks: incoming }),
    );
    req.on("error", reject);
    req.end(outgoing.body);
  });
}

async function viaFetch(fetchFn: typeof fetch, url: URL, outgoing: Outgoing): Promise<RawAnswer> {
  const response = await fetchFn(url, {
    method: outgoing.method,
    headers: outgoing.headers,
    signal: outgoing.signal,
    redirect: "manual",
    ...(outgoing.body === undefined ? {} : { body: outgoing.body }),
  });
  return { status: response.status, chunks: response.body ?? noChunks() };
}

async function* noChunks(): AsyncIterable<Uint8Array> {}

/** The whole body, or undefined as soon as it passes the cap (leaving the loop drops the connection). */
async function readCapped(chunks: AsyncIterable<Uint8Array>): Promise<Buffer | undefined> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.byteLength;
    if (size > MAX_RESPONSE_BYTES) return undefined;
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

function parseJson(bytes: Buffer): unknown {
  const text = bytes.toString("utf8").trim();
  if (text === "") return null;
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return null;
  }
}

function failed(error: string): BotHttpResult {
  return { status: 0, body: { error } };
}
