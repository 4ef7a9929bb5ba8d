// One authenticated call to Meta's Graph API for Messenger or Instagram through the injected fetch, with
// every failure turned into a ChannelError (PLATFORMS.md B1, B3, Part C).
import type { z } from "zod";
import { ChannelError, type FetchFn } from "@switchboard/core";
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
  const base = deps.graphUrl.replace(/\/+$/, "");
  const path = [deps.graphVersion, ...segments].map(encodeURIComponent).join("/");
  const search = query ? `?${new URLSearchParams(query).toString()}` : "";
  return `${base}/${path}${search}`;
}

function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
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
  const headers: Record<string, string> = { authorization: `Bearer ${account.accessToken}` };
  if (init.json !== undefined) headers["content-type"] = "application/json";
  let response: Response;
  let text: string;
  try {
    response = await deps.fetch(url, {
      method: init.method,
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
    });
    text = await response.text();
  } catch (error) {
    throw mapMessagingNetworkError(error, platform);
  }
  if (!response.ok) throw mapMessagingError(response.status, parseJsonOrText(text), platform);
  const parsed = schema.safeParse(parseJsonOrText(text));
  if (parsed.success) return parsed.data;
  throw new ChannelError(`${platform} answered HTTP ${response.status} with an unexpected body`, {
    retryable: false,
    code: "channel_bad_response",
    details: text.slice(0, 2000),
  });
}
