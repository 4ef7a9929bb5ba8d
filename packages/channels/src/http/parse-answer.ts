/** Reads the JSON a platform answered a 2xx with, checked against what we expect it to hold. */
import type { z } from "zod";
import { ChannelError } from "@switchboard/core";
import { parseJsonOrText } from "./read-response-text.js";

/**
 * `text` (the body of a 2xx answered with `httpStatus`) parsed and checked against `schema`. A body we
 * cannot read throws a non-retryable `channel_bad_response` naming `platform`: the call may have taken
 * effect, so sending it again is not safe.
 */
export function parseAnswer<T>(platform: string, httpStatus: number, text: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(parseJsonOrText(text));
  if (parsed.success) return parsed.data;
  throw new ChannelError(`${platform} answered HTTP ${httpStatus} with an unexpected body`, {
    retryable: false,
    code: "channel_bad_response",
    details: text.slice(0, 2000),
  });
}
