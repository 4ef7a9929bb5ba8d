/**
 * The inbox's filter query (`assigned=me|none|<userId>`, storeId, channel, channelAccountId, tag) as a
 * ConversationFilter within the caller's scope; the same parameters as the list and its counts.
 */
import { z } from "zod";
import type { ConversationFilter } from "../features/conversations/conversation.repository.js";
import { conversationScopeOf } from "../features/people/actor.js";
import type { Actor } from "../features/people/actor.js";

export const ConversationFilterQuery = z.object({
  assigned: z.string().min(1).optional().describe("`me`, `none` (nobody assigned) or a user id"),
  storeId: z.string().min(1).optional(),
  channel: z.string().min(1).optional().describe("whatsapp, messenger, instagram, line, webchat"),
  channelAccountId: z.string().min(1).optional(),
  tag: z.string().min(1).optional().describe("Only contacts with this tag"),
});

export function conversationFilterOf(
  actor: Actor,
  query: z.infer<typeof ConversationFilterQuery>,
): ConversationFilter {
  const assigned =
    query.assigned === undefined
      ? undefined
      : query.assigned === "none"
        ? null
        : query.assigned === "me"
          ? (actor.userId ?? "")
          : query.assigned;
  return {
    scope: conversationScopeOf(actor),
    ...(assigned === undefined ? {} : { assignedUserId: assigned }),
    ...(query.storeId === undefined ? {} : { storeId: query.storeId }),
    ...(query.channel === undefined ? {} : { channel: query.channel }),
    ...(query.channelAccountId === undefined ? {} : { channelAccountId: query.channelAccountId }),
    ...(query.tag === undefined ? {} : { tag: query.tag }),
  };
}
