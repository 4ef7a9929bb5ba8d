/** Reads a platform's answer: its text, and that text as JSON when it is JSON. */
import type { ChannelError } from "@switchboard/core";

/** The response body as text; a body cut off by the network throws what `unreachable` makes of it. */
export async function readResponseText(
  response: Response,
  unreachable: (error: unknown) => ChannelError,
): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    throw unreachable(error);
  }
}

/** `text` parsed as JSON, or `text` itself when it is not JSON (an HTML error page, an empty body). */
export function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
