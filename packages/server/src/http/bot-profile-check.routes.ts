/**
 * POST /api/v1/bots/profile/check: a bot's channel profile (greeting, persistent menu, ice breakers)
 * against each channel's limits, for the editor's live problems; paths are inside the profile
 * (`persistentMenu[0].items[3].title`). Module references are checked on publish.
 */
import { z } from "zod";
import { BotProfileSchema } from "@switchboard/engine";
import type { ChannelDriver } from "../features/channels/channel-driver.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

const ViolationView = z.object({
  path: z.string(),
  rule: z.string(),
  message: z.string(),
  limit: z.number().optional(),
  actual: z.number().optional(),
});
const ResultView = z.object({ channel: z.string(), violations: z.array(ViolationView) });

export function registerBotProfileCheckRoutes(
  routes: RouteRegistry,
  drivers: ReadonlyMap<string, ChannelDriver>,
): void {
  routes.add({
    method: "POST",
    url: "/api/v1/bots/profile/check",
    summary:
      "Check a bot's channel profile for each channel that shows one: every broken limit with its path in the profile",
    params: none,
    query: none,
    tag: "Bots",
    body: z.object({ profile: BotProfileSchema, channels: z.array(z.string().min(1)).min(1) }).strict(),
    response: z.object({ results: z.array(ResultView) }),
    handler: async ({ body }) => ({
      results: body.channels.map((channel) => {
        const driver = drivers.get(channel);
        if (driver === undefined)
          return {
            channel,
            violations: [{ path: "", rule: "channel", message: `no ${channel} channel is configured` }],
          };
        return { channel, violations: driver.checkProfile?.(body.profile) ?? [] };
      }),
    }),
  });
}
