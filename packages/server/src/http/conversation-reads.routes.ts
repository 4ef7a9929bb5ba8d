/**
 * Unread conversations, per user: opening a conversation marks it read for the caller; the list says which
 * are unread (the customer wrote since), and the counts say how many per status. The admin token belongs
 * to nobody: for it everything reads as read.
 */
import { z } from "zod";
import type { ConversationReadsRepository } from "../features/conversations/conversation-reads.repository.js";
import type { ConversationRepository } from "../features/conversations/conversation.repository.js";
import { conversationChanged } from "../events/change-event.js";
import type { EventBus } from "../events/event-bus.js";
import { IdParams } from "./api-schemas.js";
import { actorOf, EVERY_ROLE } from "./auth.js";
import { ConversationFilterQuery, conversationFilterOf } from "./conversation-filter-query.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";
import { visibleConversation } from "./visible-conversation.js";

export interface ConversationReadRouteDeps {
  conversations: ConversationRepository;
  conversationReads: ConversationReadsRepository;
  events: EventBus;
}

const StatusCounts = z.object({
  bot: z.number(),
  pending: z.number(),
  in_progress: z.number(),
  closed: z.number(),
});

export function registerConversationReadRoutes(routes: RouteRegistry, deps: ConversationReadRouteDeps): void {
  const { conversations, conversationReads, events } = deps;

  routes.add({
    method: "POST",
    url: "/api/v1/conversations/:id/read",
    summary: "Mark a conversation read for you (it is unread again when the customer writes)",
    query: none,
    body: none,
    tag: "Conversations",
    allow: EVERY_ROLE,
    audit: false,
    params: IdParams,
    response: z.object({
      readAt: z.number().nullable().describe("Null for the admin token, for which everything reads as read"),
    }),
    handler: async ({ params, request }) => {
      const conversation = await visibleConversation(conversations, request, params.id);
      const userId = actorOf(request).userId;
      if (userId === null) return { readAt: null };
      const readAt = Date.now();
      await conversationReads.markRead(userId, conversation.id, readAt, conversation.lastInboundAt);
      events.publish(conversationChanged(conversation.id));
      return { readAt };
    },
  });

  routes.add({
    method: "GET",
    url: "/api/v1/conversations/unread-counts",
    summary: "How many conversations you may see are unread for you, per status, with the list's filters",
    params: none,
    body: none,
    tag: "Conversations",
    allow: EVERY_ROLE,
    query: ConversationFilterQuery,
    response: StatusCounts,
    handler: async ({ query, request }) => {
      const actor = actorOf(request);
      if (actor.userId === null) return { bot: 0, pending: 0, in_progress: 0, closed: 0 };
      return conversations.countByStatus({ ...conversationFilterOf(actor, query), unreadFor: actor.userId });
    },
  });
}
