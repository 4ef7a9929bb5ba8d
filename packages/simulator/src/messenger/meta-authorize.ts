/**
 * Page and Instagram access tokens: `/me/…` is the account the token belongs to; `/{id}/…` needs that
 * account's token (a valid token for something else → 100/33, an unknown one → 190), like the Graph API.
 */
import type { FastifyRequest } from "fastify";
import { requestToken } from "../graph/authorize.js";
import { invalidTokenError, unknownObjectError } from "../graph/graph-error.js";
import type { SimulatorRuntime } from "../runtime.js";
import type { MetaAccount } from "./meta-accounts.js";

/** The bearer token, `?access_token=`, or `access_token` in a JSON body (the Graph API reads all three). */
export function metaToken(request: FastifyRequest): string | undefined {
  const token = requestToken(request);
  if (token !== undefined) return token;
  const body = request.body;
  if (
    body !== null &&
    typeof body === "object" &&
    "access_token" in body &&
    typeof body.access_token === "string"
  ) {
    return body.access_token;
  }
  return undefined;
}

/** The account `me` stands for. */
export function authorizeMe(request: FastifyRequest, runtime: SimulatorRuntime): MetaAccount {
  const token = metaToken(request);
  const account = token === undefined ? undefined : runtime.meta.accounts.byToken(token);
  if (account === undefined) throw invalidTokenError();
  return account;
}

/** The account with this id, when the request carries its token. */
export function authorizeAccount(
  request: FastifyRequest,
  runtime: SimulatorRuntime,
  id: string,
  method: "get" | "post" | "delete",
): MetaAccount {
  const token = metaToken(request);
  if (token === undefined) throw invalidTokenError();
  const account = runtime.meta.accounts.get(id);
  if (account !== undefined && account.accessToken === token) return account;
  const known = runtime.meta.accounts.byToken(token) !== undefined || runtime.businesses.knowsToken(token);
  if (known) throw unknownObjectError(id, method);
  throw invalidTokenError();
}
