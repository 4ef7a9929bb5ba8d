/** /api/v1/bots: create, edit the draft, import and export, check and publish bots. */
import { z } from "zod";
import { AppError } from "@switchboard/core";
import { BotSchema } from "@switchboard/engine";
import type { BotPublisherService } from "../features/bots/bot-publisher.service.js";
import type { BotRepository } from "../features/bots/bot.repository.js";
import { newBotDefinition } from "../features/bots/new-bot-definition.js";
import { IdParams } from "./api-schemas.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

const VersionView = z.object({ id: z.string(), number: z.number().int(), createdAt: z.number() });
const DeploymentView = z.object({
  channelAccountId: z.string(),
  botId: z.string(),
  versionId: z.string(),
  versionNumber: z.number().int(),
  publishedAt: z.number(),
});
const BotSummaryView = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  moduleCount: z.number().int(),
  latestVersion: VersionView.nullable(),
  deployments: z.array(DeploymentView),
});
const DefinitionView = z
  .looseObject({ name: z.string(), modules: z.array(z.unknown()) })
  .describe("A bot definition: named modules of nodes (see the bot schema in the engine package)");
const BotDetailView = BotSummaryView.extend({ draft: DefinitionView });
const ProblemView = z.object({
  moduleId: z.string(),
  nodeIndex: z.number().int().optional(),
  path: z.string(),
  message: z.string(),
});
const AccountsBody = z.object({ channelAccountIds: z.array(z.string().min(1)).min(1) }).strict();

export function registerBotRoutes(
  routes: RouteRegistry,
  bots: BotRepository,
  publisher: BotPublisherService,
): void {
  const mustExist = async (id: string) => {
    const bot = await bots.get(id);
    if (bot === undefined) throw new AppError("not_found", 404, `bot ${id} does not exist`);
    return bot;
  };

  routes.add({
    method: "GET",
    url: "/api/v1/bots",
    summary: "List bots with their latest version and the channel accounts that run them",
    params: none,
    query: none,
    body: none,
    tag: "Bots",
    response: z.object({ items: z.array(BotSummaryView) }),
    handler: async () => ({ items: await bots.list() }),
  });

  routes.add({
    method: "POST",
    url: "/api/v1/bots",
    summary: "Create a bot (a welcome and a human agent module when no definition is given)",
    params: none,
    query: none,
    tag: "Bots",
    body: z.object({ name: z.string().trim().min(1).max(100), definition: BotSchema.optional() }).strict(),
    status: 201,
    response: z.object({ bot: BotDetailView }),
    handler: async ({ body }) => {
      const draft = body.definition ?? BotSchema.parse(newBotDefinition(body.name));
      return { bot: await bots.create(body.name, { ...draft, name: body.name }) };
    },
  });

  routes.add({
    method: "POST",
    url: "/api/v1/bots/import",
    summary: "Create a bot from an exported definition",
    params: none,
    query: none,
    tag: "Bots",
    body: BotSchema,
    status: 201,
    response: z.object({ bot: BotDetailView }),
    handler: async ({ body }) => ({ bot: await bots.create(body.name, body) }),
  });

  routes.add({
    method: "GET",
    url: "/api/v1/bots/:id",
    summary: "Get a bot with its draft",
    query: none,
    body: none,
    tag: "Bots",
    params: IdParams,
    response: z.object({ bot: BotDetailView }),
    handler: async ({ params }) => ({ bot: await mustExist(params.id) }),
  });

  routes.add({
    method: "GET",
    url: "/api/v1/bots/:id/export",
    summary: "Export a bot's draft as a definition that import accepts",
    query: none,
    body: none,
    tag: "Bots",
    params: IdParams,
    response: DefinitionView,
    handler: async ({ params }) => (await mustExist(params.id)).draft,
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/bots/:id",
    summary: "Rename a bot or save its draft",
    query: none,
    tag: "Bots",
    params: IdParams,
    body: z
      .object({ name: z.string().trim().min(1).max(100).optional(), draft: BotSchema.optional() })
      .strict(),
    response: z.object({ bot: BotDetailView }),
    handler: async ({ params, body }) => {
      await mustExist(params.id);
      const updated = await bots.update(params.id, {
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.draft === undefined ? {} : { draft: body.draft }),
      });
      if (updated === undefined) throw new AppError("not_found", 404, `bot ${params.id} does not exist`);
      return { bot: updated };
    },
  });

  routes.add({
    method: "DELETE",
    url: "/api/v1/bots/:id",
    summary: "Delete a bot that no channel account runs (409 while published)",
    query: none,
    body: none,
    tag: "Bots",
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
    handler: async ({ params }) => {
      const bot = await mustExist(params.id);
      if (bot.deployments.length > 0) {
        const accounts = bot.deployments.map((d) => d.channelAccountId).join(", ");
        throw new AppError(
          "bot_published",
          409,
          `bot ${params.id} runs on channel account(s) ${accounts}; publish another bot there first`,
        );
      }
      await bots.delete(params.id);
      return { ok: true as const };
    },
  });

  routes.add({
    method: "POST",
    url: "/api/v1/bots/:id/validate",
    summary: "Check the draft for publishing on channel accounts; lists every problem",
    query: none,
    tag: "Bots",
    params: IdParams,
    body: AccountsBody,
    response: z.object({ problems: z.array(ProblemView) }),
    handler: async ({ params, body }) => ({
      problems: await publisher.validate(params.id, body.channelAccountIds),
    }),
  });

  routes.add({
    method: "POST",
    url: "/api/v1/bots/:id/publish",
    summary: "Publish the draft as a new version on channel accounts (422 bot_invalid with every problem)",
    query: none,
    tag: "Bots",
    params: IdParams,
    body: AccountsBody,
    response: z.object({ version: VersionView, deployments: z.array(DeploymentView) }),
    handler: async ({ params, body }) => publisher.publish(params.id, body.channelAccountIds),
  });

  routes.add({
    method: "POST",
    url: "/api/v1/bots/:id/unpublish",
    summary:
      "Stop the bot on channel accounts that run it; their platform drops the channel profile it had set",
    query: none,
    tag: "Bots",
    params: IdParams,
    body: AccountsBody,
    response: z.object({ deployments: z.array(DeploymentView) }),
    handler: async ({ params, body }) => ({
      deployments: await publisher.unpublish(params.id, body.channelAccountIds),
    }),
  });
}
