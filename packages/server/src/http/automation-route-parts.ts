/**
 * What the automation routes share: 404s that name the missing resource, the channel account check,
 * the DELETE route of a resource, and the type shape of an auto reply (its rules answer 422 later).
 */
import { z } from "zod";
import { AppError } from "@switchboard/core";
import type { ChannelAccount } from "../features/channel-accounts/channel-account.js";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import { IdParams } from "./api-schemas.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

/** 404 `not_found`: "`what` does not exist", where `what` names the kind and id (`ref link 42`). */
export function notFound(what: string): AppError {
  return new AppError("not_found", 404, `${what} does not exist`);
}

/** The value, or 404 naming `what` when there is none. */
export function orNotFound<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw notFound(what);
  return value;
}

/** The channel account, or 404 `channel account <id> does not exist`. */
export async function channelAccountMustExist(
  accounts: ChannelAccountRepository,
  id: string,
): Promise<ChannelAccount> {
  return orNotFound(await accounts.get(id), `channel account ${id}`);
}

/** DELETE `url` (with `:id`): `{ ok: true }` once `remove` deleted it, else 404 naming `<what> <id>`. */
export function addDeleteRoute(
  routes: RouteRegistry,
  spec: { url: string; summary: string; what: string; remove(id: string): Promise<boolean> },
): void {
  routes.add({
    method: "DELETE",
    url: spec.url,
    summary: spec.summary,
    query: none,
    body: none,
    tag: "Automation",
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
    handler: async ({ params }) => {
      if (!(await spec.remove(params.id))) throw notFound(`${spec.what} ${params.id}`);
      return { ok: true as const };
    },
  });
}

/** An auto reply as the route schemas accept it (400 on the wrong types); the reply's rules come later. */
export const AutoReplyShape = z.discriminatedUnion("kind", [
  z.looseObject({ kind: z.literal("text"), text: z.string() }),
  z.looseObject({ kind: z.literal("module"), moduleId: z.string() }),
]);
