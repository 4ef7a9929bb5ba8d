/** One request with a bearer token through the injected fetch, the way every platform API is called. */
import type { ChannelError, FetchFn } from "@switchboard/core";

/** The method, an optional JSON body (sent as `application/json`) and any extra headers. */
export interface BearerRequest {
  method: "GET" | "POST" | "DELETE";
  json?: unknown;
  headers?: Record<string, string>;
}

/**
 * Sends `request` to `url` with `Authorization: Bearer <accessToken>` and returns the response whatever
 * its status. A failed fetch throws what `unreachable` makes of it.
 */
export async function sendBearerRequest(
  fetch: FetchFn,
  url: string,
  accessToken: string,
  request: BearerRequest,
  unreachable: (error: unknown) => ChannelError,
): Promise<Response> {
  const headers: Record<string, string> = { ...request.headers, authorization: `Bearer ${accessToken}` };
  if (request.json !== undefined) headers["content-type"] = "application/json";
  try {
    return await fetch(url, {
      method: request.method,
      headers,
      body: request.json === undefined ? undefined : JSON.stringify(request.json),
    });
  } catch (error) {
    throw unreachable(error);
  }
}
