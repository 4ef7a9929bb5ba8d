// One authenticated call to the LINE Messaging API through the injected fetch; network failures become
// ChannelErrors, and the caller decides what each HTTP status means.
import type { FetchFn } from "@switchboard/core";
import { parseJsonOrText, readResponseText } from "../http/read-response-text.js";
import { sendBearerRequest } from "../http/send-bearer-request.js";
import { mapLineNetworkError } from "./error-map.js";

/** LINE's API hosts (PLATFORMS.md D); the server may point both at the simulator. */
export const LINE_API_URL = "https://api.line.me";
export const LINE_DATA_API_URL = "https://api-data.line.me";

/** Where the LINE API is and how to reach it; the server passes the real fetch, tests a local one. */
export interface LineApiDeps {
  fetch: FetchFn;
  /** e.g. `https://api.line.me`: reply, push. */
  apiUrl: string;
  /** e.g. `https://api-data.line.me`: content downloads. */
  dataApiUrl: string;
}

/** The LINE channel that calls are made for. */
export interface LineBotAccount {
  channelAccessToken: string;
}

/** `${base}/${segments…}`, each segment URL-encoded, trailing slashes of `base` dropped. */
export function lineEndpoint(base: string, segments: string[]): string {
  return `${base.replace(/\/+$/, "")}/${segments.map(encodeURIComponent).join("/")}`;
}

/**
 * Sends one request with `Authorization: Bearer <token>` and returns the response whatever its status.
 * Throws a retryable ChannelError when the network fails.
 */
export function callLine(
  deps: LineApiDeps,
  account: LineBotAccount,
  url: string,
  init: { method: "GET" | "POST"; json?: unknown; headers?: Record<string, string> },
): Promise<Response> {
  return sendBearerRequest(deps.fetch, url, account.channelAccessToken, init, mapLineNetworkError);
}

/** The response body as JSON, or as text when it is not JSON; a body cut off by the network throws. */
export async function readLineBody(response: Response): Promise<unknown> {
  return parseJsonOrText(await readResponseText(response, mapLineNetworkError));
}
