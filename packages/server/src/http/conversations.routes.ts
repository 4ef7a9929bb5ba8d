/** /api/v1/conversations and their messages: read the thread, send as an agent. */
import { z } from "zod";
import { AppError, CUSTOMER_SERVICE_WINDOW_MS, OutboundMessageSchema } from "@switchboard/core";
import type {
  ConversationRepository,
  ConversationListItem,
} from "../features/conversations/conversation.repository.js";
import type { MessageComposerService } from "../features/messages/message-composer.service.js";
import type { MessageRepository } from "../features/messages/message.repository.js";
import { ConversationView, IdParams, MessageView, PageQuery } from "./api-schemas.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";
import { ConversationStatusSchema } from "../features/conversations/conversation-status.js";
import { conversationChanged } from "../events/change-event.js";
import type { EventBus } from "../events/event-bus.js";

const ListQuery = PageQuery.extend({ status: ConversationStatusSchema.optional() });
const MessagesQuery = z.object({
  since: z.coerce.number().int().min(0).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

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
    createdAt: conversation.createdAt,
  };
}

export function registerConversationRoutes(
  routes: RouteRegistry,
  conversations: ConversationRepository,
  messages: MessageRepository,
  composer: MessageComposerService,
  events: EventBus,
): void {
  const mustExist = async (id: string) => {
    const conversation = await conversations.get(id);
    if (conversation === undefined) throw new AppError("not_found", 404, `conversation ${id} does not exist`);
    return conversation;
  };

  routes.add({
    method: "GET",
    url: "/api/v1/conversations",
    summary: "List conversations, newest activity first",
    params: none,
    body: none,
    tag: "Conversations",
    query: ListQuery,
    response: z.object({ items: z.array(ConversationView), nextCursor: z.string().nullable() }),
    handler: async ({ query }) => {
      const page = await conversations.list({
        limit: query.limit,
        ...(query.status ? { status: query.status } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
      });
      return { items: page.items.map(present), nextCursor: page.nextCursor };
    },
  });

  routes.add({
    method: "GET",
    url: "/api/v1/conversations/:id",
    summary: "Get a conversation",
    query: none,
    body: none,
    tag: "Conversations",
    params: IdParams,
    response: z.object({ conversation: ConversationView }),
    handler: async ({ params }) => ({ conversation: present(await mustExist(params.id)) }),
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/conversations/:id",
    summary:
      "Change who handles a conversation: in_progress (a person takes over; automation stays silent), pending (back to the queue), bot, closed",
    query: none,
    tag: "Conversations",
    params: IdParams,
    body: z.object({ status: ConversationStatusSchema }).strict(),
    response: z.object({ conversation: ConversationView }),
    handler: async ({ params, body }) => {
      await mustExist(params.id);
      await conversations.setStatus(params.id, body.status);
      events.publish(conversationChanged(params.id));
      return { conversation: present(await mustExist(params.id)) };
    },
  });

  routes.add({
    method: "GET",
    url: "/api/v1/conversations/:id/messages",
    summary: "List a conversation's messages, oldest first",
    body: none,
    tag: "Messages",
    params: IdParams,
    query: MessagesQuery,
    response: z.object({ items: z.array(MessageView) }),
    handler: async ({ params, query }) => {
      await mustExist(params.id);
      return { items: await messages.listForConversation(params.id, query.since, query.limit) };
    },
  });

  routes.add({
    method: "POST",
    url: "/api/v1/conversations/:id/messages",
    summary:
      "Send a message as an agent (409 outside the 24-hour window, 422 when it breaks the channel's limits)",
    query: none,
    tag: "Messages",
    params: IdParams,
    body: z.object({ message: OutboundMessageSchema }).strict(),
    status: 201,
    response: z.object({ message: MessageView }),
    handler: async ({ params, body }) => ({ message: await composer.sendAsAgent(params.id, body.message) }),
  });
}
