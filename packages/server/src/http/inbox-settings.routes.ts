/** /api/v1/channel-accounts/:id/inbox-settings: auto-close idle conversations, where returning customers land. */
import { z } from "zod";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import { InboxSettingsSchema } from "../features/conversations/inbox-settings.js";
import type { InboxSettingsRepository } from "../features/conversations/inbox-settings.repository.js";
import { IdParams } from "./api-schemas.js";
import { channelAccountMustExist } from "./automation-route-parts.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

const View = z.object({ inboxSettings: InboxSettingsSchema });

export function registerInboxSettingsRoutes(
  routes: RouteRegistry,
  accounts: ChannelAccountRepository,
  settings: InboxSettingsRepository,
): void {
  routes.add({
    method: "GET",
    url: "/api/v1/channel-accounts/:id/inbox-settings",
    summary: "The account's inbox settings: auto-close after idle minutes, where a returning customer lands",
    query: none,
    body: none,
    tag: "Conversations",
    params: IdParams,
    response: View,
    handler: async ({ params }) => {
      await channelAccountMustExist(accounts, params.id);
      return { inboxSettings: await settings.get(params.id) };
    },
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/channel-accounts/:id/inbox-settings",
    summary: "Change the account's inbox settings",
    query: none,
    tag: "Conversations",
    params: IdParams,
    body: InboxSettingsSchema.partial().strict(),
    response: View,
    handler: async ({ params, body }) => {
      await channelAccountMustExist(accounts, params.id);
      const current = await settings.get(params.id);
      return { inboxSettings: await settings.save(params.id, { ...current, ...body }) };
    },
  });
}
