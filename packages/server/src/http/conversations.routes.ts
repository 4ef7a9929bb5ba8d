/**
 * /api/v1/conversations and their messages: the inbox list (filters, folder counts), one thread, who owns
 * it, and sending as an agent. Every route answers only within the caller's scope: a conversation outside
 * it is 404, as if it did not exist.
 */
import { z } from "zod";
import { AppError, CUSTOMER_SERVICE_WINDOW_MS, OutboundMessageSchema } from "@switchboard/core";
import type { FastifyRequest } from "fastify";
import type {
  ConversationRepository,
  ConversationListItem,
} from "../features/conversations/conversation.repository.js";
import { decideOwnership } from "../features/conversations/ownership-change.js";
import type { MessageComposerService } from "../features/messages/message-composer.service.js";
import type { MessageRepository } from "../features/messages/message.repository.js";
import { conversationScopeOf, scopeIncludes } from "../features/people/actor.js";
import type { UserRepository } from "../features/people/user.repository.js";
import type { ConversationReadsRepository } from "../features/conversations/conversation-reads.repository.js";
import { ConversationView, IdParams, MessageView, PageQuery } from "./api-schemas.js";
import { ConversationFilterQuery, conversationFilterOf } from "./conversation-filter-query.js";
import { actorOf, EVERY_ROLE } from "./auth.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";
import { ConversationStatusSchema } from "../features/conversations/conversation-status.js";
import { conversationChanged } from "../events/change-event.js";
import type { EventBus } from "../events/event-bus.js";
import type { QueueAssignment } from "../features/assignment/queue-assignment.service.js";

const ListQuery = PageQuery.extend({ status: ConversationStatusSchema.optional() }).extend(
  ConversationFilterQuery.shape,
);
const MessagesQuery = z.object({
  since: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
const OwnershipBody = z
  .object({
    status: ConversationStatusSchema.optional(),
    assignedUserId: z.string().min(1).nullable().optional().describe("Assign a person (null: unassign)"),
    storeId: z.string().min(1).nullable().optional().describe("Move it to this store's queue"),
  })
  .strict();

function present(conversation: ConversationListItem) {
  return {
    id: conversation.id,
    channelAccountId: conversation.channelAccountId,
    channel: conversation.channel,
    contact: conversation.contact,
    status: conversation.status,
    lastMessageAt: conversation.lastMessageAt,
    lastMessagePreview: conversation.lastMessagePreview,
    lastInboundAt: conversation.lastInboundAt,
    windowExpiresAt:
      conversation.lastInboundAt === null ? null : conversation.lastInboundAt + CUSTOMER_SERVICE_WINDOW_MS,
    assignedUserId: conversation.assignedUserId,
    storeId: conversation.storeId,
    assignedAt: conversation.assignedAt,
    createdAt: conversation.createdAt,
  };
}

export interface ConversationRouteDeps {
  conversations: ConversationRepository;
  messages: MessageRepository;
  composer: MessageComposerService;
  events: EventBus;
  users: UserRepository;
  /** Marks each listed conversation unread or not for the caller, when given. */
  reads?: Pick<ConversationReadsRepository, "unreadAmong">;
  /** Automatic assignment after a close or release (see QueueAssignment). */
  assignment?: Pick<QueueAssignment, "afterOwnershipChange">;
}

export function registerConversationRoutes(routes: RouteRegistry, deps: ConversationRouteDeps): void {
  const { conversations, messages, composer, events } = deps;
  /** The conversation, if it exists and the caller may see it; 404 otherwise (nothing told). */
  const visible = async (request: FastifyRequest, id: string) => {
    const conversation = await conversations.get(id);
    if (conversation === undefined || !scopeIncludes(conversationScopeOf(actorOf(request)), conversation)) {
      throw new AppError("not_found", 404, `conversation ${id} does not exist`);
    }
    return conversation;
  };

  routes.add({
    method: "GET",
    url: "/api/v1/conversations",
    summary: "List the conversations you may see, newest activity first, with the inbox's filters",
    params: none,
    body: none,
    tag: "Conversations",
    allow: EVERY_ROLE,
    query: ListQuery,
    response: z.object({ items: z.array(ConversationView), nextCursor: z.string().nullable() }),
    handler: async ({ query, request }) => {
      const page = await conversations.list({
        ...conversationFilterOf(actorOf(request), query),
        limit: query.limit,
        ...(query.status ? { status: query.status } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
      });
      const unread = await deps.reads?.unreadAmong(actorOf(request).userId, page.items);
      const items = page.items.map((c) => ({
        ...present(c),
        ...(unread === undefined ? {} : { unread: unread.has(c.id) }),
      }));
      return { items, nextCursor: page.nextCursor };
    },
  });

  routes.add({
    method: "GET",
    url: "/api/v1/conversations/counts",
    summary: "How many conversations you may see are in each status, with the same filters as the list",
    params: none,
    body: none,
    tag: "Conversations",
    allow: EVERY_ROLE,
    query: ConversationFilterQuery,
    response: z.object({
      bot: z.number(),
      pending: z.number(),
      in_progress: z.number(),
      closed: z.number(),
    }),
    handler: async ({ query, request }) =>
      conversations.countByStatus(conversationFilterOf(actorOf(request), query)),
  });

  routes.add({
    method: "GET",
    url: "/api/v1/conversations/:id",
    summary: "Get a conversation",
    query: none,
    body: none,
    tag: "Conversations",
    allow: EVERY_ROLE,
    params: IdParams,
    response: z.object({ conversation: ConversationView }),
    handler: async ({ params, request }) => ({ conversation: present(await visible(request, params.id)) }),
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/conversations/:id",
    summary:
      "Change who handles a conversation: status (in_progress takes it over and assigns it to you; pending gives it back to the queue), assignedUserId, storeId",
    query: none,
    tag: "Conversations",
    allow: EVERY_ROLE,
    params: IdParams,
    body: OwnershipBody,
    response: z.object({ conversation: ConversationView }),
    handler: async ({ params, body, request }) => {
      const current = await visible(request, params.id);
      const assignee =
        body.assignedUserId === undefined || body.assignedUserId === null
          ? undefined
          : await deps.users.get(body.assignedUserId);
      const decision = decideOwnership(actorOf(request), current, body, assignee);
      if (!decision.ok) {
        throw new AppError(decision.code, decision.status, `${decision.path}: ${decision.message}`, {
          path: decision.path,
        });
      }
      const { next } = decision;
      if (next.status !== current.status) await conversations.setStatus(params.id, next.status);
      if (next.assignedUserId !== current.assignedUserId || next.storeId !== current.storeId) {
        await conversations.assign(params.id, { assignedUserId: next.assignedUserId, storeId: next.storeId });
      }
      events.publish(conversationChanged(params.id));
      const answer = { conversation: present(await visible(request, params.id)) };
      await deps.assignment?.afterOwnershipChange(current, current, next);
      return answer;
    },
  });

  routes.add({
    method: "GET",
    url: "/api/v1/conversations/:id/messages",
    summary: "List a conversation's messages, oldest first",
    body: none,
    tag: "Messages",
    allow: EVERY_ROLE,
    params: IdParams,
    query: MessagesQuery,
    response: z.object({ items: z.array(MessageView) }),
    handler: async ({ params, query, request }) => {
      await visible(request, params.id);
      return { items: await messages.listForConversation(params.id, query.since, query.limit) };
    },
  });

  routes.add({
    method: "POST",
    url: "/api/v1/conversations/:id/messages",
    summary:
      "Send a message as an agent (409 outside the 24-hour window, 422 when it breaks the channel's limits); an unassigned conversation becomes yours",
    query: none,
    tag: "Messages",
    allow: EVERY_ROLE,
    audit: false,
    params: IdParams,
    body: z.object({ message: OutboundMessageSchema }).strict(),
    status: 201,
    response: z.object({ message: MessageView }),
    handler: async ({ params, body, request }) => {
      await visible(request, params.id);
      const message = await composer.sendAsAgent(params.id, body.message, actorOf(request).userId);
      return { message };
    },
  });
}
