// One authenticated call to Meta's Graph API through the injected fetch, with every failure turned
// into a ChannelError (PLATFORMS.md A1, A8).
import type { z } from "zod";
import { ChannelError, type FetchFn } from "@switchboard/core";
import { mapNetworkError, mapWhatsAppError } from "./error-map.js";

/** Where the Graph API is and how to reach it; the server passes the real fetch, tests a local one. */
export interface WhatsAppGraphDeps {
  fetch: FetchFn;
  /** e.g. `https://graph.facebook.com`, or the simulator's address. */
  graphUrl: string;
  /** e.g. `v25.0`. */
  graphVersion: string;
}

/** The WhatsApp business number that calls are made for. */
export interface WhatsAppNumberAccount {
  phoneNumberId: string;
  accessToken: string;
}

/** `${graphUrl}/${graphVersion}/${segments…}?query`, each segment URL-encoded. */
export function graphEndpoint(
  deps: WhatsAppGraphDeps,
  segments: string[],
  query?: Record<string, string>,
): string {
  const base = deps.graphUrl.replace(/\/+$/, "");
  const path = [deps.graphVersion, ...segments].map(encodeURIComponent).join("/");
  const search = query ? `?${new URLSearchParams(query).toString()}` : "";
  return `${base}/${path}${search}`;
}

/**
 * Sends one request with `Authorization: Bearer <token>` and returns the 2xx response. Throws a
 * retryable ChannelError when the network fails and `mapWhatsAppError` for any other status.
 */
export async function fetchGraph(
  deps: WhatsAppGraphDeps,
  accessToken: string,
  url: string,
  init: { method: "GET" | "POST" | "DELETE"; json?: unknown },
): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${accessToken}` };
  if (init.json !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  try {
    response = await deps.fetch(url, {
      method: init.method,
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
  } catch (error) {
    throw mapNetworkError(error);
  }
  if (response.ok) return response;
  const text = await response.text().catch(() => "");
  throw mapWhatsAppError(response.status, parseJsonOrText(text));
}

/** `fetchGraph`, then the 2xx JSON body checked against `schema`. */
export async function fetchGraphJson<T>(
  deps: WhatsAppGraphDeps,
  accessToken: string,
  url: string,
  init: { method: "GET" | "POST" | "DELETE"; json?: unknown },
  schema: z.ZodType<T>,
): Promise<T> {
  const response = await fetchGraph(deps, accessToken, url, init);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw mapNetworkError(error);
  }
  const parsed = schema.safeParse(parseJsonOrText(text));
  if (parsed.success) return parsed.data;
  // A 2xx we cannot read: the call may have taken effect, so sending it again is not safe.
  throw new ChannelError(`WhatsApp answered HTTP ${response.status} with an unexpected body`, {
    retryable: false,
    code: "channel_bad_response",
    details: text.slice(0, 2000),
  });
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
