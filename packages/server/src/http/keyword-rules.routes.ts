/** Keyword rules of a channel account: words a customer types and the reply they trigger. */
import { z } from "zod";
import { AutoReplySchema, KeywordMatchSchema, KeywordRuleSchema } from "@switchboard/engine";
import type { KeywordRuleRepository } from "../features/automation/keyword-rule.repository.js";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import { IdParams } from "./api-schemas.js";
import {
  addDeleteRoute,
  AutoReplyShape,
  channelAccountMustExist,
  orNotFound,
} from "./automation-route-parts.js";
import { parseWithFieldErrors } from "./parse-with-field-errors.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

// The route schemas check types (400); the rules (a regex that compiles, lengths…) answer 422 with the path.
const KeywordShape = z.looseObject({ match: KeywordMatchSchema, value: z.string() });
const PatchBody = z.looseObject({
  name: z.string().optional(),
  keywords: z.array(KeywordShape).optional(),
  reply: AutoReplyShape.optional(),
  priority: z.number().optional().describe("Higher runs first; default 0"),
  enabled: z.boolean().optional().describe("Default true"),
});
const CreateBody = PatchBody.extend({
  name: z.string(),
  keywords: z.array(KeywordShape),
  reply: AutoReplyShape,
});

export const KeywordRuleView = z.object({
  id: z.string(),
  channelAccountId: z.string(),
  name: z.string(),
  keywords: z.array(z.object({ match: KeywordMatchSchema, value: z.string() })),
  reply: AutoReplySchema,
  priority: z.number(),
  enabled: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export function registerKeywordRuleRoutes(
  routes: RouteRegistry,
  accounts: ChannelAccountRepository,
  keywordRules: KeywordRuleRepository,
): void {
  routes.add({
    method: "GET",
    url: "/api/v1/channel-accounts/:id/keyword-rules",
    summary: "List a channel account's keyword rules, highest priority first",
    query: none,
    body: none,
    tag: "Automation",
    params: IdParams,
    response: z.object({ items: z.array(KeywordRuleView) }),
    handler: async ({ params }) => {
      await channelAccountMustExist(accounts, params.id);
      return { items: await keywordRules.listForAccount(params.id) };
    },
  });

  routes.add({
    method: "POST",
    url: "/api/v1/channel-accounts/:id/keyword-rules",
    summary:
      "Add a keyword rule (422 naming the field, e.g. keywords[0].value for a regex that does not compile)",
    query: none,
    tag: "Automation",
    params: IdParams,
    body: CreateBody,
    status: 201,
    response: z.object({ rule: KeywordRuleView }),
    handler: async ({ params, body }) => {
      await channelAccountMustExist(accounts, params.id);
      const definition = parseWithFieldErrors(KeywordRuleSchema, body, "keyword_rule_invalid");
      return { rule: await keywordRules.create(params.id, definition) };
    },
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/keyword-rules/:id",
    summary: "Change any field of a keyword rule",
    query: none,
    tag: "Automation",
    params: IdParams,
    body: PatchBody,
    response: z.object({ rule: KeywordRuleView }),
    handler: async ({ params, body }) => {
      const what = `keyword rule ${params.id}`;
      const { name, keywords, reply, priority, enabled } = orNotFound(
        await keywordRules.get(params.id),
        what,
      );
      const merged = { name, keywords, reply, priority, enabled, ...body };
      const definition = parseWithFieldErrors(KeywordRuleSchema, merged, "keyword_rule_invalid");
      return { rule: orNotFound(await keywordRules.update(params.id, definition), what) };
    },
  });

  addDeleteRoute(routes, {
    url: "/api/v1/keyword-rules/:id",
    summary: "Delete a keyword rule",
    what: "keyword rule",
    remove: (id) => keywordRules.delete(id),
  });
}
