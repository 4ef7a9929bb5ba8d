// Downloads a file a customer sent on Messenger or Instagram: the webhook gives a CDN URL (the inbound
// event's `mediaId`), fetched without a token. The URL expires, so fetch it soon after the webhook.
import { ChannelError, type FetchFn } from "@switchboard/core";
import { protocolOf } from "../limits/check-url.js";
import { mapMessagingNetworkError } from "./error-map.js";

/** One downloaded attachment. */
export interface MessagingAttachment {
  bytes: Buffer;
  /** The CDN's `content-type`, or `application/octet-stream` when it sent none. */
  mimeType: string;
}

/**
 * `GET url` through the injected fetch. Refuses anything but an absolute http(s) URL before fetching.
 * Throws ChannelError: retryable for network failures and 5xx, final for other statuses (an expired
 * URL answers 403 or 404; it will not come back).
 */
export async function fetchMessagingAttachment(
  deps: { fetch: FetchFn },
  url: string,
  platform = "Messenger",
): Promise<MessagingAttachment> {
  const protocol = protocolOf(url);
  if (protocol !== "https:" && protocol !== "http:") {
    throw new ChannelError(`${platform} attachment URL ${JSON.stringify(url)} is not an http(s) URL`, {
      retryable: false,
      code: "channel_invalid_request",
    });
  }
  let response: Response;
  let bytes: Buffer;
  try {
    response = await deps.fetch(url, { method: "GET" });
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw mapMessagingNetworkError(error, platform);
  }
  if (!response.ok) {
    const retryable = response.status >= 500 || response.status === 429;
    throw new ChannelError(`${platform} attachment download answered HTTP ${response.status}`, {
      retryable,
      code: retryable ? "channel_unavailable" : "channel_rejected",
    });
  }
  return { bytes, mimeType: response.headers.get("content-type") ?? "application/octet-stream" };
}
