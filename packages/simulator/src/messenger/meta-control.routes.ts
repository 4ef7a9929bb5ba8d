/**
 * Control API for Messenger and Instagram (docs/simulator.md): register pages and Instagram accounts
 * (with Meta's verification handshake), add people, act as them (messages, taps, Get Started, m.me
 * referrals, comments, story mentions), publish posts, read chats and profiles.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { ControlError, parseInput } from "../control/control-error.js";
import type { SimulatorRuntime } from "../runtime.js";
import { channelChatItem } from "../state/channel-chat-item.js";
import { verifyHandshake } from "../webhooks/verify-handshake.js";
import {
  type MetaAccount,
  type MetaUser,
  metaAccountInputSchema,
  metaUserInputSchema,
  publicMetaAccount,
} from "./meta-accounts.js";
import { metaCustomerActionSchema } from "./build-meta-event.js";
import { postComment } from "./post-comment.js";
import { sendAsPerson, webhookAnswer } from "./send-as-person.js";

const accountParams = z.object({ accountId: z.string().min(1) });
const userParams = z.object({ accountId: z.string().min(1), userId: z.string().min(1) });
const chatQuery = z.object({ after: z.coerce.number().int().min(0).default(0) });
const postBody = z.strictObject({ message: z.string().max(63_206).default("") });
const commentBody = z.strictObject({
  postId: z.string().min(1),
  text: z.string().min(1).max(8000),
  parentId: z.string().min(1).optional(),
});

export function registerMetaControlRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  const { meta } = runtime;
  const accountOf = (params: unknown): MetaAccount => {
    const { accountId } = parseInput(accountParams, params, "path");
    const account = meta.accounts.get(accountId);
    if (account === undefined)
      throw new ControlError(404, `no page or Instagram account with id ${accountId}`);
    return account;
  };
  const personOf = (params: unknown): { account: MetaAccount; user: MetaUser } => {
    const account = accountOf(params);
    const { userId } = parseInput(userParams, params, "path");
    const user = meta.accounts.user(account.id, userId);
    if (user === undefined)
      throw new ControlError(404, `no person ${userId} for ${account.name}; create one first`);
    return { account, user };
  };

  app.get("/_sim/api/meta/accounts", async () => ({ items: meta.accounts.list().map(publicMetaAccount) }));

  app.post("/_sim/api/meta/accounts", async (request, reply) => {
    const input = parseInput(metaAccountInputSchema, request.body, "account");
    const handshake = await verifyHandshake(
      input.webhookUrl,
      input.verifyToken,
      runtime.fetch,
      runtime.settings.webhookTimeoutMs,
    );
    const account = meta.accounts.put(input);
    runtime.events.emit({ type: "channel.updated", channel: account.platform, accountId: account.id });
    return reply.code(201).send({ account: publicMetaAccount(account), handshake });
  });

  app.get("/_sim/api/meta/accounts/:accountId/profile", async (request) =>
    meta.profile(accountOf(request.params).id),
  );

  app.get("/_sim/api/meta/accounts/:accountId/users", async (request) => ({
    items: meta.accounts.listUsers(accountOf(request.params).id),
  }));

  app.post("/_sim/api/meta/accounts/:accountId/users", async (request, reply) => {
    const account = accountOf(request.params);
    const user = meta.accounts.addUser(account, parseInput(metaUserInputSchema, request.body, "user"));
    runtime.events.emit({ type: "channel.updated", channel: account.platform, accountId: account.id });
    return reply.code(201).send({ user });
  });

  app.post("/_sim/api/meta/accounts/:accountId/users/:userId/send", async (request) => {
    const { account, user } = personOf(request.params);
    const { message } = parseInput(
      z.strictObject({ message: metaCustomerActionSchema }),
      request.body,
      "body",
    );
    return sendAsPerson(runtime, account, user, message);
  });

  app.get("/_sim/api/meta/accounts/:accountId/posts", async (request) => {
    const account = accountOf(request.params);
    return {
      items: meta.posts
        .postsOf(account.id)
        .map((post) => ({ ...post, comments: meta.posts.commentsOf(post.id) })),
    };
  });

  app.post("/_sim/api/meta/accounts/:accountId/posts", async (request, reply) => {
    const account = accountOf(request.params);
    const { message } = parseInput(postBody, request.body ?? {}, "post");
    const post = meta.posts.addPost(account, message, runtime.now());
    runtime.events.emit({ type: "channel.updated", channel: account.platform, accountId: account.id });
    return reply.code(201).send({ post });
  });

  app.post("/_sim/api/meta/accounts/:accountId/users/:userId/comment", async (request) => {
    const { account, user } = personOf(request.params);
    const input = parseInput(commentBody, request.body, "comment");
    const post = meta.posts.post(input.postId);
    if (post === undefined || post.accountId !== account.id) {
      throw new ControlError(404, `no post ${input.postId} of ${account.name}`);
    }
    const parent = input.parentId === undefined ? undefined : meta.posts.comment(input.parentId);
    if (input.parentId !== undefined && parent?.postId !== post.id) {
      throw new ControlError(404, `no comment ${input.parentId} on post ${post.id}`);
    }
    const { comment, webhook } = postComment(runtime, account, post, user, input.text, parent?.id);
    return { commentId: comment.id, postId: post.id, webhook: webhookAnswer(await webhook) };
  });

  app.get("/_sim/api/meta/chats/:accountId/:userId", async (request) => {
    const { account, user } = personOf(request.params);
    const { after } = parseInput(chatQuery, request.query, "query");
    return {
      items: meta.chats.list({ phoneNumberId: account.id, waId: user.id }, after).map(channelChatItem),
    };
  });

  /** The person opens the chat: the account's delivered messages become read (with read webhooks). */
  app.post("/_sim/api/meta/chats/:accountId/:userId/read", async (request) => {
    const { account, user } = personOf(request.params);
    const items = meta.chats.list({ phoneNumberId: account.id, waId: user.id });
    return { read: runtime.metaReceipts.markRead(account, user.id, items) };
  });
}
