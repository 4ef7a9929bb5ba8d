/** WhatsApp templates: create (checked, then submitted for review), list, read, delete, sync from Meta. */
import { z } from "zod";
import { EVERY_ROLE } from "./auth.js";
import { TemplateDefinitionSchema } from "@switchboard/channels";
import type { TemplateRegistry } from "../features/templates/template-registry.js";
import type { Template } from "../features/templates/template.js";
import { IdParams } from "./api-schemas.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

export const TemplateView = z.object({
  id: z.string(),
  channelAccountId: z.string(),
  name: z.string(),
  language: z.string(),
  category: z
    .enum(["MARKETING", "UTILITY", "AUTHENTICATION"])
    .describe("Meta's category, which its review may change"),
  definition: TemplateDefinitionSchema,
  status: z
    .string()
    .describe(
      "draft, or Meta's: PENDING, APPROVED, REJECTED, PAUSED, DISABLED… (DELETED once Meta drops it)",
    ),
  statusReason: z.string().nullable().describe("Meta's rejection, pause or disable reason"),
  providerTemplateId: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

const SkippedView = z.object({ name: z.string(), language: z.string(), reason: z.string() });

const present = (template: Template): z.infer<typeof TemplateView> => ({
  id: template.id,
  channelAccountId: template.channelAccountId,
  name: template.name,
  language: template.language,
  category: template.category,
  definition: template.definition,
  status: template.status,
  statusReason: template.statusReason,
  providerTemplateId: template.providerTemplateId,
  createdAt: template.createdAt,
  updatedAt: template.updatedAt,
});

export function registerTemplateRoutes(routes: RouteRegistry, registry: TemplateRegistry): void {
  routes.add({
    method: "GET",
    url: "/api/v1/channel-accounts/:id/templates",
    allow: EVERY_ROLE,
    summary: "List a channel account's WhatsApp templates",
    query: none,
    body: none,
    tag: "Templates",
    params: IdParams,
    response: z.object({ items: z.array(TemplateView) }),
    handler: async ({ params }) => ({ items: (await registry.list(params.id)).map(present) }),
  });

  routes.add({
    method: "POST",
    url: "/api/v1/channel-accounts/:id/templates",
    summary:
      "Create a WhatsApp template and submit it for review (422 with every broken rule; Meta's refusal stores nothing)",
    query: none,
    tag: "Templates",
    params: IdParams,
    body: TemplateDefinitionSchema,
    status: 201,
    response: z.object({ template: TemplateView }),
    handler: async ({ params, body }) => ({ template: present(await registry.create(params.id, body)) }),
  });

  routes.add({
    method: "POST",
    url: "/api/v1/channel-accounts/:id/templates/sync",
    summary: "Read the account's templates and statuses from Meta, adding those created elsewhere",
    query: none,
    body: none,
    tag: "Templates",
    params: IdParams,
    response: z.object({
      items: z.array(TemplateView),
      skipped: z.array(SkippedView).describe("Templates at Meta the registry cannot hold, and why"),
    }),
    handler: async ({ params }) => {
      const result = await registry.sync(params.id);
      return { items: result.items.map(present), skipped: result.skipped };
    },
  });

  routes.add({
    method: "GET",
    url: "/api/v1/templates/:id",
    allow: EVERY_ROLE,
    summary: "Get a WhatsApp template",
    query: none,
    body: none,
    tag: "Templates",
    params: IdParams,
    response: z.object({ template: TemplateView }),
    handler: async ({ params }) => ({ template: present(await registry.get(params.id)) }),
  });

  routes.add({
    method: "DELETE",
    url: "/api/v1/templates/:id",
    summary: "Delete a WhatsApp template, at Meta too",
    query: none,
    body: none,
    tag: "Templates",
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
    handler: async ({ params }) => {
      await registry.delete(params.id);
      return { ok: true as const };
    },
  });
}
