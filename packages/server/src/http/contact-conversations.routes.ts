/**
 * What the inbox's contact panel shows, within the caller's scope: the contact of a conversation with its
 * tags, attributes and opt-outs, and the contact's conversations the caller may see (404 when none).
 */
import { z } from "zod";
import { AppError } from "@switchboard/core";
import type { ContactRepository } from "../features/contacts/contact.repository.js";
import type { ContactPanelRepository } from "../features/conversations/contact-panel.repository.js";
import type { ConversationRepository } from "../features/conversations/conversation.repository.js";
import { ConversationStatusSchema } from "../features/conversations/conversation-status.js";
import { conversationScopeOf, scopeIncludes } from "../features/people/actor.js";
import { ContactView, IdParams } from "./api-schemas.js";
import { actorOf, EVERY_ROLE } from "./auth.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";
import { visibleConversation } from "./visible-conversation.js";

export interface ContactConversationRouteDeps {
  conversations: ConversationRepository;
  contacts: ContactRepository;
  contactPanel: ContactPanelRepository;
}

const PastConversationView = z.object({
  id: z.string(),
  channelAccountId: z.string(),
  channel: z.string(),
  status: ConversationStatusSchema,
  lastMessageAt: z.number(),
  lastMessagePreview: z.string(),
  assignedUserId: z.string().nullable(),
  storeId: z.string().nullable(),
  createdAt: z.number(),
});

const OptOutView = z.object({ topic: z.string(), source: z.string(), at: z.number() });

export function registerContactConversationRoutes(
  routes: RouteRegistry,
  deps: ContactConversationRouteDeps,
): void {
  routes.add({
    method: "GET",
    url: "/api/v1/contacts/:id/conversations",
    summary: "The contact's conversations you may see, newest activity first (404 when you may see none)",
    query: none,
    body: none,
    tag: "Contacts",
    allow: EVERY_ROLE,
    params: IdParams,
    response: z.object({ items: z.array(PastConversationView) }),
    handler: async ({ params, request }) => {
      const scope = conversationScopeOf(actorOf(request));
      const all = await deps.contactPanel.conversationsOf(params.id);
      const visible = all.filter((conversation) => scopeIncludes(scope, conversation));
      const known =
        scope.kind === "all" ? (await deps.contacts.get(params.id)) !== undefined : visible.length > 0;
      if (!known) throw new AppError("not_found", 404, `contact ${params.id} does not exist`);
      return {
        items: visible.map((c) => ({
          id: c.id,
          channelAccountId: c.channelAccountId,
          channel: c.channel,
          status: c.status,
          lastMessageAt: c.lastMessageAt,
          lastMessagePreview: c.lastMessagePreview,
          assignedUserId: c.assignedUserId,
          storeId: c.storeId,
          createdAt: c.createdAt,
        })),
      };
    },
  });

  routes.add({
    method: "GET",
    url: "/api/v1/conversations/:id/contact",
    summary: "The contact of a conversation you may see, with tags, attributes and opt-outs",
    query: none,
    body: none,
    tag: "Contacts",
    allow: EVERY_ROLE,
    params: IdParams,
    response: z.object({
      contact: ContactView.extend({ tags: z.array(z.string()), optOuts: z.array(OptOutView) }),
    }),
    handler: async ({ params, request }) => {
      const conversation = await visibleConversation(deps.conversations, request, params.id);
      const contact = await deps.contacts.get(conversation.contactId);
      if (contact === undefined)
        throw new AppError("not_found", 404, `conversation ${params.id} does not exist`);
      return { contact: { ...contact, ...(await deps.contactPanel.marksOf(contact.id)) } };
    },
  });
}
