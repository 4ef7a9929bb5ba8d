// One authenticated call to Meta's Graph API for Messenger or Instagram through the injected fetch, with
// every failure turned into a ChannelError (PLATFORMS.md B1, B3, Part C).
import type { z } from "zod";
import type { FetchFn } from "@switchboard/core";
import { parseAnswer } from "../http/parse-answer.js";
import { parseJsonOrText, readResponseText } from "../http/read-response-text.js";
import { sendBearerRequest } from "../http/send-bearer-request.js";
import { metaGraphEndpoint } from "../meta/graph-endpoint.js";
import { mapMessagingError, mapMessagingNetworkError } from "./error-map.js";

/** Where the Graph API is and how to reach it; the server passes the real fetch, tests a local one. */
export interface MessagingGraphDeps {
  fetch: FetchFn;
  /**
   * `https://graph.facebook.com` (Messenger, and Instagram linked to a Page), `https://graph.instagram.com`
   * (Instagram API with Instagram Login), or the simulator's address.
   */
  graphUrl: string;
  /** e.g. `v25.0`. */
  graphVersion: string;
}

/** The account calls are made for: a Page access token, or an Instagram user token. `/me` is its owner. */
export interface MessagingTokenAccount {
  accessToken: string;
}

/** `${graphUrl}/${graphVersion}/${segments…}?query`, each segment URL-encoded. */
export function messagingEndpoint(
  deps: MessagingGraphDeps,
  segments: string[],
  query?: Record<string, string>,
): string {
  return metaGraphEndpoint(deps, segments, query);
}

/**
 * Sends one request with `Authorization: Bearer <token>` and returns the 2xx JSON checked against
 * `schema`. Throws a retryable ChannelError when the network fails, `mapMessagingError` for any other
 * status, and a non-retryable one for a 2xx it cannot read (the call may have taken effect).
 */
export async function fetchMessagingJson<T>(
  deps: MessagingGraphDeps,
  account: MessagingTokenAccount,
  url: string,
  init: { method: "GET" | "POST" | "DELETE"; json?: unknown },
  schema: z.ZodType<T>,
  platform: string,
): Promise<T> {
  const unreachable = (error: unknown) => mapMessagingNetworkError(error, platform);
  const response = await sendBearerRequest(deps.fetch, url, account.accessToken, init, unreachable);
  const text = await readResponseText(response, unreachable);
  if (!response.ok) throw mapMessagingError(response.status, parseJsonOrText(text), platform);
  return parseAnswer(platform, response.status, text, schema);
}
