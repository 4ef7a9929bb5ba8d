/** The conversation, if it exists and the caller may see it; 404 otherwise, telling nothing. */
import { AppError } from "@switchboard/core";
import type { FastifyRequest } from "fastify";
import type {
  ConversationListItem,
  ConversationRepository,
} from "../features/conversations/conversation.repository.js";
import { conversationScopeOf, scopeIncludes } from "../features/people/actor.js";
import { actorOf } from "./auth.js";

export async function visibleConversation(
  conversations: Pick<ConversationRepository, "get">,
  request: FastifyRequest,
  id: string,
): Promise<ConversationListItem> {
  const conversation = await conversations.get(id);
  if (conversation === undefined || !scopeIncludes(conversationScopeOf(actorOf(request)), conversation)) {
    throw new AppError("not_found", 404, `conversation ${id} does not exist`);
  }
  return conversation;
}
