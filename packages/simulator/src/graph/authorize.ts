/** Graph API access: the bearer token (or `access_token` query) must be the token of the business that owns the object. */
import type { FastifyRequest } from "fastify";
import type { Business, BusinessStore } from "../state/business-store.js";
import { GraphError, invalidTokenError, unknownObjectError } from "./graph-error.js";

export function requestToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (typeof header === "string") {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    return match?.[1];
  }
  const query = request.query;
  if (
    query !== null &&
    typeof query === "object" &&
    "access_token" in query &&
    typeof query.access_token === "string"
  ) {
    return query.access_token;
  }
  return undefined;
}

/** Graph paths start with a version such as `v25.0`; anything else is an unknown path. */
export function checkVersion(version: string, path: string): void {
  if (!/^v\d+\.\d+$/.test(version)) {
    throw new GraphError(2500, "", { message: `Unknown path components: ${path}`, messagingData: false });
  }
}

/**
 * The business of `owner` (a phone number id or a WABA id) whose token the request carries. A token no
 * business uses → 190; a valid token for another object → 100/33, as Meta answers.
 */
export function authorize(
  request: FastifyRequest,
  candidates: Business[],
  businesses: BusinessStore,
  owner: string,
  method: "get" | "post" | "delete",
): Business {
  const token = requestToken(request);
  if (token === undefined) throw invalidTokenError();
  const business = candidates.find((candidate) => candidate.accessToken === token);
  if (business !== undefined) return business;
  if (candidates.length === 0 && businesses.knowsToken(token)) throw unknownObjectError(owner, method);
  throw invalidTokenError();
}
