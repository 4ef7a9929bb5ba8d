/** Stores: business hours, holidays, the channel accounts they serve and their queue replies; and "open now?". */
import { z } from "zod";
import { actorOf, EVERY_ROLE, MANAGERS } from "./auth.js";
import { AppError, closedWeek, nextOpening, isOpen } from "@switchboard/core";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import type { StoreRepository } from "../features/stores/store.repository.js";
import { StoreRulesSchema } from "../features/stores/store.js";
import type { Store, StoreRules } from "../features/stores/store.js";
import { IdParams } from "./api-schemas.js";
import { parseWithFieldErrors } from "./parse-with-field-errors.js";
import { none, RequestValidationError } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";
import { StoreCreateBody, StorePatchBody, StoreView } from "./store-schemas.js";

const OpenQuery = z.object({
  at: z
    .string()
    .optional()
    .describe("The instant to ask about: ISO 8601 (2026-05-04T10:00:00+08:00) or epoch ms; default now"),
});
const OpenView = z.object({
  open: z.boolean(),
  nextOpeningAt: z
    .number()
    .nullable()
    .describe(
      "Epoch ms of the first instant at or after `at` when the store is open (`at` itself when open); null: never",
    ),
});

/** `at` as epoch ms; a 400 naming `query.at` when it is neither ISO 8601 nor digits. */
function instantOfQuery(at: string | undefined): number {
  if (at === undefined) return Date.now();
  const instant = /^\d+$/.test(at) ? Number(at) : Date.parse(at);
  if (Number.isFinite(instant)) return instant;
  throw new RequestValidationError([
    { path: "query.at", message: "expected an ISO 8601 date-time or epoch milliseconds" },
  ]);
}

export function registerStoreRoutes(
  routes: RouteRegistry,
  stores: StoreRepository,
  accounts: ChannelAccountRepository,
): void {
  const storeMustExist = async (id: string): Promise<Store> => {
    const store = await stores.get(id);
    if (store === undefined) throw new AppError("not_found", 404, `store ${id} does not exist`);
    return store;
  };

  /** Every served account must exist (422), and a default another store holds answers 409. */
  const checkAccounts = async (rules: StoreRules, storeId: string | undefined): Promise<void> => {
    const missing: { path: string; message: string }[] = [];
    for (const [index, link] of rules.channelAccounts.entries()) {
      if ((await accounts.get(link.channelAccountId)) === undefined)
        missing.push({
          path: `channelAccounts[${index}].channelAccountId`,
          message: `channel account ${link.channelAccountId} does not exist`,
        });
    }
    if (missing.length > 0) throw problem("store_invalid", 422, missing);
    const taken = (await stores.defaultsTaken(rules.channelAccounts, storeId)).map((t) => ({
      path: `channelAccounts[${t.index}].isDefault`,
      message: `“${t.storeName}” is already the default store of channel account ${t.channelAccountId}; unset it there first`,
    }));
    if (taken.length > 0) throw problem("store_default_taken", 409, taken);
  };

  routes.add({
    method: "GET",
    url: "/api/v1/stores",
    allow: EVERY_ROLE,
    summary: "List the stores, by name (store managers and agents: their own stores)",
    params: none,
    query: none,
    body: none,
    tag: "Stores",
    response: z.object({ items: z.array(StoreView) }),
    handler: async ({ request }) => {
      const actor = actorOf(request);
      const all = await stores.list();
      return { items: actor.role === "admin" ? all : all.filter((s) => actor.storeIds.includes(s.id)) };
    },
  });

  routes.add({
    method: "POST",
    url: "/api/v1/stores",
    summary:
      "Add a store (422 naming the field, e.g. hours.monday[1].end; 409 store_default_taken when another store is an account's default)",
    params: none,
    query: none,
    tag: "Stores",
    body: StoreCreateBody,
    status: 201,
    response: z.object({ store: StoreView }),
    handler: async ({ body }) => {
      const defaults = {
        hours: closedWeek(),
        holidays: [],
        channelAccounts: [],
        offlineReply: null,
        instantReply: null,
      };
      const rules = parseWithFieldErrors(StoreRulesSchema, { ...defaults, ...body }, "store_invalid");
      await checkAccounts(rules, undefined);
      return { store: await stores.create(rules) };
    },
  });

  routes.add({
    method: "GET",
    url: "/api/v1/stores/:id",
    allow: EVERY_ROLE,
    summary: "Get a store (store managers and agents: one of theirs)",
    query: none,
    body: none,
    tag: "Stores",
    params: IdParams,
    response: z.object({ store: StoreView }),
    handler: async ({ params, request }) => {
      const actor = actorOf(request);
      if (actor.role !== "admin" && !actor.storeIds.includes(params.id)) {
        throw new AppError("not_found", 404, `store ${params.id} does not exist`);
      }
      return { store: await storeMustExist(params.id) };
    },
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/stores/:id",
    summary:
      "Change any field of a store; hours, holidays and channelAccounts replace the stored ones (store managers: their own stores' hours, holidays and replies)",
    query: none,
    tag: "Stores",
    allow: MANAGERS,
    params: IdParams,
    body: StorePatchBody,
    response: z.object({ store: StoreView }),
    handler: async ({ params, body, request }) => {
      const actor = actorOf(request);
      if (actor.role !== "admin" && !actor.storeIds.includes(params.id)) {
        throw new AppError("not_found", 404, `store ${params.id} does not exist`);
      }
      const {
        id: _id,
        createdAt: _created,
        updatedAt: _updated,
        ...current
      } = await storeMustExist(params.id);
      // The console saves every field: a store manager may send the served accounts, but not change them.
      if (
        actor.role !== "admin" &&
        body.channelAccounts !== undefined &&
        accountsKey(body.channelAccounts) !== accountsKey(current.channelAccounts)
      ) {
        throw new AppError(
          "forbidden",
          403,
          "channelAccounts: only admins change the accounts a store serves",
          {
            path: "channelAccounts",
          },
        );
      }
      const rules = parseWithFieldErrors(StoreRulesSchema, { ...current, ...body }, "store_invalid");
      await checkAccounts(rules, params.id);
      const updated = await stores.update(params.id, rules);
      if (updated === undefined) throw new AppError("not_found", 404, `store ${params.id} does not exist`);
      return { store: updated };
    },
  });

  routes.add({
    method: "DELETE",
    url: "/api/v1/stores/:id",
    summary: "Delete a store (the accounts it served keep their own queue replies)",
    query: none,
    body: none,
    tag: "Stores",
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
    handler: async ({ params }) => {
      if (!(await stores.delete(params.id)))
        throw new AppError("not_found", 404, `store ${params.id} does not exist`);
      return { ok: true as const };
    },
  });

  routes.add({
    method: "GET",
    url: "/api/v1/stores/:id/open",
    allow: EVERY_ROLE,
    summary: "Whether the store is open at an instant (default now), and when it next opens",
    body: none,
    tag: "Stores",
    params: IdParams,
    query: OpenQuery,
    response: OpenView,
    handler: async ({ params, query }) => {
      const at = instantOfQuery(query.at);
      const store = await storeMustExist(params.id);
      const hours = { weekly: store.hours, holidays: store.holidays };
      return {
        open: isOpen(hours, store.timeZone, at),
        nextOpeningAt: nextOpening(hours, store.timeZone, at) ?? null,
      };
    },
  });
}

/** An AppError naming the first problem's field and listing every problem as `issues`. */
function problem(code: string, status: number, issues: { path: string; message: string }[]): AppError {
  const message = issues.map((issue) => `${issue.path}: ${issue.message}`).join("; ");
  return new AppError(code, status, message, {
    ...(issues[0] === undefined ? {} : { path: issues[0].path }),
    details: { issues },
  });
}

/** The served accounts in a comparable form, whatever their order. */
function accountsKey(accounts: readonly { channelAccountId: string; isDefault?: boolean }[]): string {
  return accounts
    .map((link) => `${link.channelAccountId}:${link.isDefault === true ? 1 : 0}`)
    .sort()
    .join(",");
}
