/**
 * A channel account's own queue replies and business hours, used when no store answers for the account
 * (no default store and not exactly one store serving it).
 */
import { z } from "zod";
import { AppError, closedWeek } from "@switchboard/core";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import type { AccountQueueRepliesRepository } from "../features/stores/account-queue-replies.repository.js";
import type { StoreRepository } from "../features/stores/store.repository.js";
import { QueueReplySettingsSchema } from "../features/stores/store.js";
import { IdParams } from "./api-schemas.js";
import { parseWithFieldErrors } from "./parse-with-field-errors.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";
import { QueueReplySettingsPatch, QueueReplySettingsView } from "./store-schemas.js";

const AccountQueueRepliesView = z.object({
  queueReplies: QueueReplySettingsView.nullable().describe("The account's own; null: none stored"),
  store: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .describe("The store that answers for the account; while set, the account's own replies are not used"),
});

export function registerAccountQueueReplyRoutes(
  routes: RouteRegistry,
  accounts: ChannelAccountRepository,
  stores: StoreRepository,
  replies: AccountQueueRepliesRepository,
): void {
  const accountMustExist = async (id: string) => {
    if ((await accounts.get(id)) === undefined)
      throw new AppError("not_found", 404, `channel account ${id} does not exist`);
  };
  const view = async (id: string) => {
    const store = await stores.forChannelAccount(id);
    return {
      queueReplies: (await replies.get(id)) ?? null,
      store: store === undefined ? null : { id: store.id, name: store.name },
    };
  };

  routes.add({
    method: "GET",
    url: "/api/v1/channel-accounts/:id/queue-replies",
    summary: "Get a channel account's own queue replies and the store that answers for it, if any",
    query: none,
    body: none,
    tag: "Stores",
    params: IdParams,
    response: AccountQueueRepliesView,
    handler: async ({ params }) => {
      await accountMustExist(params.id);
      return view(params.id);
    },
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/channel-accounts/:id/queue-replies",
    summary:
      "Change a channel account's own queue replies and hours (timeZone required the first time; 422 naming the field)",
    query: none,
    tag: "Stores",
    params: IdParams,
    body: QueueReplySettingsPatch,
    response: AccountQueueRepliesView,
    handler: async ({ params, body }) => {
      await accountMustExist(params.id);
      const current = (await replies.get(params.id)) ?? {
        hours: closedWeek(),
        holidays: [],
        offlineReply: null,
        instantReply: null,
      };
      const settings = parseWithFieldErrors(
        QueueReplySettingsSchema,
        { ...current, ...body },
        "queue_replies_invalid",
      );
      await replies.save(params.id, settings);
      return view(params.id);
    },
  });

  routes.add({
    method: "DELETE",
    url: "/api/v1/channel-accounts/:id/queue-replies",
    summary: "Remove a channel account's own queue replies",
    query: none,
    body: none,
    tag: "Stores",
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
    handler: async ({ params }) => {
      await accountMustExist(params.id);
      if (!(await replies.delete(params.id)))
        throw new AppError("not_found", 404, `channel account ${params.id} has no queue replies`);
      return { ok: true as const };
    },
  });
}
