/** A failed `fetch` (DNS, refused, reset, timeout, a body cut off) as the ChannelError every channel throws. */
import { ChannelError } from "@switchboard/core";

/** `fetch` itself failed: retryable, the request may not have arrived. `platform` names it in the message. */
export function mapNetworkFailure(error: unknown, platform: string): ChannelError {
  const why = error instanceof Error ? error.message : String(error);
  return new ChannelError(`${platform} could not be reached: ${why}`, {
    retryable: true,
    code: "channel_unavailable",
    cause: error,
  });
}
