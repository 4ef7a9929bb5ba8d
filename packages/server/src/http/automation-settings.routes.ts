/** A channel account's automation settings: the default reply and the send policy (quiet hours, caps). */
import { z } from "zod";
import { SendPolicySettingsSchema } from "@switchboard/core";
import { AutoReplySchema } from "@switchboard/engine";
import type { AutomationSettingsRepository } from "../features/automation/automation-settings.repository.js";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import { IdParams } from "./api-schemas.js";
import { AutoReplyShape, channelAccountMustExist } from "./automation-route-parts.js";
import { parseWithFieldErrors } from "./parse-with-field-errors.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

// The route schema checks types (400); the rules (clock times, IANA time zones…) answer 422 with the path.
const SendPolicyShape = z.looseObject({
  quietHours: z
    .looseObject({ start: z.string(), end: z.string(), timeZone: z.string() })
    .optional()
    .describe("No business-initiated sends from start (HH:MM) to end, in the IANA time zone"),
  frequencyCaps: z
    .array(z.looseObject({ topic: z.string(), max: z.number(), perMs: z.number() }))
    .optional()
    .describe("At most max sends of topic (or any, for all) to one contact in any perMs span"),
});
const PatchBody = z.looseObject({
  defaultReply: AutoReplyShape.nullable().optional().describe("null removes the default reply"),
  sendPolicy: SendPolicyShape.optional().describe("Replaces the stored send policy as a whole"),
});
const PatchRules = z
  .object({
    defaultReply: AutoReplySchema.nullable().optional(),
    sendPolicy: SendPolicySettingsSchema.optional(),
  })
  .strict();

const AutomationView = z.object({
  defaultReply: AutoReplySchema.nullable(),
  sendPolicy: SendPolicySettingsSchema,
});

export function registerAutomationSettingsRoutes(
  routes: RouteRegistry,
  accounts: ChannelAccountRepository,
  settings: AutomationSettingsRepository,
): void {
  routes.add({
    method: "GET",
    url: "/api/v1/channel-accounts/:id/automation",
    summary: "Get a channel account's default reply and send policy",
    query: none,
    body: none,
    tag: "Automation",
    params: IdParams,
    response: AutomationView,
    handler: async ({ params }) => {
      await channelAccountMustExist(accounts, params.id);
      return settings.get(params.id);
    },
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/channel-accounts/:id/automation",
    summary: "Change the default reply and/or the send policy (422 naming the field that breaks a rule)",
    query: none,
    tag: "Automation",
    params: IdParams,
    body: PatchBody,
    response: AutomationView,
    handler: async ({ params, body }) => {
      await channelAccountMustExist(accounts, params.id);
      const patch = parseWithFieldErrors(PatchRules, body, "automation_invalid");
      const current = await settings.get(params.id);
      return settings.save(params.id, {
        defaultReply: patch.defaultReply === undefined ? current.defaultReply : patch.defaultReply,
        sendPolicy: patch.sendPolicy ?? current.sendPolicy,
      });
    },
  });
}
