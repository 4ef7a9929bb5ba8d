// Downloads what a customer sent on LINE (image, video, audio, file) by message id from the content
// host (PLATFORMS.md D3).
import { ChannelError } from "@switchboard/core";
import { mapLineError, mapLineNetworkError } from "./error-map.js";
import { callLine, lineEndpoint, readLineBody, type LineApiDeps, type LineBotAccount } from "./fetch-line.js";

/** One downloaded file and the type LINE served it as. */
export interface LineContent {
  bytes: Buffer;
  mimeType: string;
}

/** Wait before asking again for content LINE is still preparing. */
const NOT_READY_RETRY_MS = 5000;

/**
 * `GET {dataApiUrl}/v2/bot/message/{messageId}/content` with the bearer token. A 202 (a video or audio
 * still being prepared) is a retryable ChannelError; content sent from an `external` provider is at the
 * URL in the event, not here. LINE keeps content for a limited time: fetch soon after the webhook and
 * store the bytes. Throws ChannelError on any failure.
 */
export async function fetchLineContent(
  deps: LineApiDeps,
  account: LineBotAccount,
  messageId: string,
): Promise<LineContent> {
  const url = lineEndpoint(deps.dataApiUrl, ["v2", "bot", "message", messageId, "content"]);
  const response = await callLine(deps, account, url, { method: "GET" });
  if (!response.ok) throw mapLineError(response.status, await readLineBody(response), response.headers);
  if (response.status !== 200) {
    throw new ChannelError(`LINE is still preparing the content of message ${messageId}`, {
      retryable: true,
      retryAfterMs: NOT_READY_RETRY_MS,
      code: "channel_unavailable",
    });
  }
  let bytes: Buffer;
  try {
    bytes = Buffer.from(await response.arrayBuffer());
  } catch (error) {
    throw mapLineNetworkError(error);
  }
  const mimeType = response.headers.get("content-type")?.split(";")[0]?.trim() || "application/octet-stream";
  return { bytes, mimeType };
}
