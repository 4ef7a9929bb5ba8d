/** The comment replies service, wired by hand: its Graph client, the private reply sender, the repositories. */
import { createCommentReplyClient } from "../features/comment-replies/comment-reply-client.js";
import { CommentReplyService } from "../features/comment-replies/comment-reply.service.js";
import { PrivateReplySender } from "../features/comment-replies/private-reply-sender.js";
import type { ServiceInputs } from "./services.js";

export function createCommentReplies(inputs: ServiceInputs): CommentReplyService {
  const { db, drivers, config, repos } = inputs;
  const client = createCommentReplyClient({
    fetch: inputs.graphFetch,
    graphUrl: config.META_GRAPH_URL,
    graphVersion: config.META_GRAPH_VERSION,
  });
  return new CommentReplyService({
    db,
    rules: repos.commentRules,
    handled: repos.handledComments,
    client,
    privateReplies: new PrivateReplySender({
      handled: repos.handledComments,
      client,
      drivers,
      now: Date.now,
    }),
    contacts: repos.contacts,
    profiles: repos.profiles,
  });
}
