/**
 * Internal notes on a conversation: staff write them for each other, within the conversation's scope (404
 * outside it). They are stored apart from messages and never sent.
 */
import { z } from "zod";
import type { ConversationNoteRepository } from "../features/conversations/conversation-note.repository.js";
import type { ConversationRepository } from "../features/conversations/conversation.repository.js";
import type { UserRepository } from "../features/people/user.repository.js";
import { noteChanged } from "../events/change-event.js";
import type { EventBus } from "../events/event-bus.js";
import { IdParams } from "./api-schemas.js";
import { actorOf, EVERY_ROLE } from "./auth.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";
import { visibleConversation } from "./visible-conversation.js";

export interface ConversationNoteRouteDeps {
  conversations: ConversationRepository;
  conversationNotes: ConversationNoteRepository;
  users: Pick<UserRepository, "get">;
  events: EventBus;
}

export const NoteView = z.object({
  id: z.string(),
  conversationId: z.string(),
  authorUserId: z.string().nullable().describe("Null for the admin token"),
  authorLabel: z.string().describe("The author's name when they wrote it"),
  text: z.string(),
  createdAt: z.number(),
});

const NoteBody = z
  .object({
    text: z
      .string()
      .trim()
      .min(1, "required")
      .max(4000, "at most 4000 characters")
      .describe("Seen by staff only; never sent to the customer"),
  })
  .strict();

export function registerConversationNoteRoutes(routes: RouteRegistry, deps: ConversationNoteRouteDeps): void {
  const { conversations, conversationNotes, events } = deps;

  routes.add({
    method: "GET",
    url: "/api/v1/conversations/:id/notes",
    summary: "List a conversation's internal notes, oldest first (staff only; never sent)",
    query: none,
    body: none,
    tag: "Conversations",
    allow: EVERY_ROLE,
    params: IdParams,
    response: z.object({ items: z.array(NoteView) }),
    handler: async ({ params, request }) => {
      await visibleConversation(conversations, request, params.id);
      return { items: await conversationNotes.listForConversation(params.id) };
    },
  });

  routes.add({
    method: "POST",
    url: "/api/v1/conversations/:id/notes",
    summary:
      "Add an internal note to a conversation: shown to staff in the thread, never sent to the customer",
    query: none,
    tag: "Conversations",
    allow: EVERY_ROLE,
    params: IdParams,
    body: NoteBody,
    status: 201,
    response: z.object({ note: NoteView }),
    handler: async ({ params, body, request }) => {
      await visibleConversation(conversations, request, params.id);
      const actor = actorOf(request);
      const user = actor.userId === null ? undefined : await deps.users.get(actor.userId);
      const note = await conversationNotes.add({
        conversationId: params.id,
        authorUserId: actor.userId,
        authorLabel: user?.name ?? actor.label,
        text: body.text,
      });
      events.publish(noteChanged(params.id, note.id));
      return { note };
    },
  });
}
