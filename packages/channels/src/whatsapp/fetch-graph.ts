// One authenticated call to Meta's Graph API through the injected fetch, with every failure turned
// into a ChannelError (PLATFORMS.md A1, A8).
import type { z } from "zod";
import type { FetchFn } from "@switchboard/core";
import { parseAnswer } from "../http/parse-answer.js";
import { parseJsonOrText, readResponseText } from "../http/read-response-text.js";
import { sendBearerRequest } from "../http/send-bearer-request.js";
import { metaGraphEndpoint } from "../meta/graph-endpoint.js";
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
  return metaGraphEndpoint(deps, segments, query);
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
  const response = await sendBearerRequest(deps.fetch, url, accessToken, init, mapNetworkError);
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
  const text = await readResponseText(response, mapNetworkError);
  return parseAnswer("WhatsApp", response.status, text, schema);
}
