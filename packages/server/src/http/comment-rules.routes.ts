/**
 * Comment replies of a Facebook Page or Instagram account: the rules that answer comments on its posts
 * (publicly, with one private reply, tags and a module), the comments it received and what was answered,
 * and an agent's private reply to one of them (refused when the comment already has its one).
 */
import { z } from "zod";
import { AppError, OutboundMessageSchema } from "@switchboard/core";
import { KeywordMatchSchema } from "@switchboard/engine";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import type { ChannelAccount } from "../features/channel-accounts/channel-account.js";
import type { ChannelDriver } from "../features/channels/channel-driver.js";
import { commentPlatformOf } from "../features/comment-replies/comment-reply-client.js";
import type { CommentReplyService } from "../features/comment-replies/comment-reply.service.js";
import { CommentRuleSchema, PUBLIC_REPLY_MAX } from "../features/comment-replies/comment-rule.js";
import type { CommentRuleDefinition } from "../features/comment-replies/comment-rule.js";
import type { CommentRuleRepository } from "../features/comment-replies/comment-rule.repository.js";
import type { HandledCommentRepository } from "../features/comment-replies/handled-comment.repository.js";
import { IdParams } from "./api-schemas.js";
import { addDeleteRoute, channelAccountMustExist, orNotFound } from "./automation-route-parts.js";
import { CommentRuleView, HandledCommentView } from "./comment-rule-views.js";
import { parseWithFieldErrors } from "./parse-with-field-errors.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

// The route schemas check types (400); the rules (lengths, a regex that compiles…) answer 422 with the path.
const PatchBody = z.looseObject({
  name: z.string().optional(),
  postId: z.string().nullable().optional().describe("A post or media id; null: every post"),
  keywords: z.array(z.looseObject({ match: KeywordMatchSchema, value: z.string() })).optional(),
  publicReply: z.string().nullable().optional(),
  privateReply: z.record(z.string(), z.unknown()).nullable().optional().describe("A neutral message"),
  moduleId: z.string().nullable().optional(),
  tags: z.array(z.string()).optional(),
  priority: z.number().optional().describe("Higher runs first; default 0"),
  enabled: z.boolean().optional().describe("Default true"),
});
const CreateBody = PatchBody.extend({ name: z.string() });
const CommentParams = z.object({ id: z.string().min(1), commentId: z.string().min(1) });
const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(0).optional().describe("createdAt of the last item already shown"),
});

export interface CommentRuleRouteDeps {
  accounts: ChannelAccountRepository;
  commentRules: CommentRuleRepository;
  handledComments: HandledCommentRepository;
  commentReplies: CommentReplyService;
  drivers: ReadonlyMap<string, ChannelDriver>;
}

export function registerCommentRuleRoutes(routes: RouteRegistry, deps: CommentRuleRouteDeps): void {
  const { accounts, commentRules } = deps;
  const accountWithComments = async (id: string): Promise<ChannelAccount> => {
    const account = await channelAccountMustExist(accounts, id);
    if (commentPlatformOf(account) === undefined)
      throw new AppError(
        "comments_not_supported",
        422,
        `channel: ${account.channel} accounts have no post comments`,
      );
    return account;
  };
  const check = (account: ChannelAccount, value: unknown): CommentRuleDefinition =>
    checkRule(deps.drivers, account, value);

  routes.add({
    method: "GET",
    url: "/api/v1/channel-accounts/:id/comment-rules",
    summary: "List a Page's or Instagram account's comment reply rules, highest priority first",
    query: none,
    body: none,
    tag: "Automation",
    params: IdParams,
    response: z.object({ items: z.array(CommentRuleView) }),
    handler: async ({ params }) => {
      await channelAccountMustExist(accounts, params.id);
      return { items: await commentRules.listForAccount(params.id) };
    },
  });

  routes.add({
    method: "POST",
    url: "/api/v1/channel-accounts/:id/comment-rules",
    summary: "Add a comment reply rule (422 naming the field, e.g. privateReply.text or keywords[0].value)",
    query: none,
    tag: "Automation",
    params: IdParams,
    body: CreateBody,
    status: 201,
    response: z.object({ rule: CommentRuleView }),
    handler: async ({ params, body }) => {
      const account = await accountWithComments(params.id);
      return { rule: await commentRules.create(params.id, check(account, body)) };
    },
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/comment-rules/:id",
    summary: "Change any field of a comment reply rule",
    query: none,
    tag: "Automation",
    params: IdParams,
    body: PatchBody,
    response: z.object({ rule: CommentRuleView }),
    handler: async ({ params, body }) => {
      const what = `comment rule ${params.id}`;
      const {
        id: _id,
        channelAccountId,
        createdAt: _c,
        updatedAt: _u,
        ...current
      } = orNotFound(await commentRules.get(params.id), what);
      const account = await accountWithComments(channelAccountId);
      const definition = check(account, { ...current, ...body });
      return { rule: orNotFound(await commentRules.update(params.id, definition), what) };
    },
  });

  addDeleteRoute(routes, {
    url: "/api/v1/comment-rules/:id",
    summary: "Delete a comment reply rule",
    what: "comment rule",
    remove: (id) => commentRules.delete(id),
  });

  routes.add({
    method: "GET",
    url: "/api/v1/channel-accounts/:id/handled-comments",
    summary: "The comments the account received, newest first, with their public and private replies",
    query: ListQuery,
    body: none,
    tag: "Automation",
    params: IdParams,
    response: z.object({ items: z.array(HandledCommentView) }),
    handler: async ({ params, query }) => {
      await channelAccountMustExist(accounts, params.id);
      return { items: await deps.handledComments.list(params.id, query.limit, query.before) };
    },
  });

  routes.add({
    method: "POST",
    url: "/api/v1/channel-accounts/:id/handled-comments/:commentId/private-reply",
    summary:
      "Send the comment's one private reply (409 private_reply_already_sent before Meta is called; 409 private_reply_expired after 7 days)",
    query: none,
    tag: "Automation",
    params: CommentParams,
    body: z.object({ message: z.record(z.string(), z.unknown()) }).strict(),
    response: z.object({ comment: HandledCommentView }),
    handler: async ({ params, body }) => {
      await accountWithComments(params.id);
      const account = orNotFound(await accounts.get(params.id), `channel account ${params.id}`);
      const message = parseWithFieldErrors(OutboundMessageSchema, body.message, "message_invalid");
      return { comment: await deps.commentReplies.replyPrivately(account, params.commentId, message) };
    },
  });
}

/** The rule's own checks, then the public reply's length and the private reply compiled for the platform. */
function checkRule(
  drivers: ReadonlyMap<string, ChannelDriver>,
  account: ChannelAccount,
  value: unknown,
): CommentRuleDefinition {
  const definition = parseWithFieldErrors(CommentRuleSchema, value, "comment_rule_invalid");
  const platform = commentPlatformOf(account) ?? "messenger";
  const limit = PUBLIC_REPLY_MAX[platform];
  if (definition.publicReply !== null && definition.publicReply.length > limit) {
    throw new AppError(
      "comment_rule_invalid",
      422,
      `publicReply: ${definition.publicReply.length} characters, ${platform === "instagram" ? "Instagram" : "Facebook"} allows ${limit}`,
      { path: "publicReply" },
    );
  }
  const compiled =
    definition.privateReply === null
      ? undefined
      : drivers.get(account.channel)?.compile(definition.privateReply);
  if (compiled !== undefined && !compiled.ok) {
    const issues = compiled.error.map((v) => ({ path: `privateReply.${v.path}`, message: v.message }));
    throw new AppError(
      "comment_rule_invalid",
      422,
      issues.map((issue) => `${issue.path}: ${issue.message}`).join("; "),
      { path: issues[0]?.path ?? "privateReply", details: { issues } },
    );
  }
  return definition;
}
