/** LINE's channel access token: `Authorization: Bearer <token>` of a registered channel, else 401 with LINE's message. */
import type { FastifyRequest } from "fastify";
import type { LineChannel } from "./line-channels.js";
import { LineError } from "./line-error.js";
import type { LineState } from "./line-state.js";

export function authorizeChannel(request: FastifyRequest, line: LineState): LineChannel {
  const header = request.headers.authorization;
  const match = typeof header === "string" ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  const token = match?.[1];
  if (token === undefined) {
    throw new LineError(
      401,
      "Authorization header required. Must follow the scheme, 'Authorization: Bearer <ACCESS TOKEN>'",
    );
  }
  const channel = line.channels.byToken(token);
  if (channel === undefined) {
    throw new LineError(
      401,
      "Authentication failed. Confirm that the access token in the authorization header is valid.",
    );
  }
  return channel;
}
