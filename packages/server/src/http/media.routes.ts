/** GET /api/v1/messages/:id/media — the file a customer sent, once it has been downloaded and kept. */
import { createReadStream } from "node:fs";
import type { FastifyInstance } from "fastify";
import { AppError } from "@switchboard/core";
import type { ConversationRepository } from "../features/conversations/conversation.repository.js";
import type { MediaRepository } from "../features/media/media.repository.js";
import { conversationScopeOf, scopeIncludes } from "../features/people/actor.js";
import type { MessageRepository } from "../features/messages/message.repository.js";
import { IdParams } from "./api-schemas.js";
import { actorOf, EVERY_ROLE } from "./auth.js";
import { RequestValidationError } from "./route-registry.js";

export function registerMediaRoutes(
  app: FastifyInstance,
  messages: MessageRepository,
  media: MediaRepository,
  conversations: ConversationRepository,
): void {
  app.get("/api/v1/messages/:id/media", { config: { allow: EVERY_ROLE } }, async (request, reply) => {
    const params = IdParams.safeParse(request.params);
    if (!params.success) throw new RequestValidationError([{ path: "params.id", message: "required" }]);
    const found = await messages.get(params.data.id);
    const conversation = found === undefined ? undefined : await conversations.get(found.conversationId);
    const inScope =
      conversation !== undefined && scopeIncludes(conversationScopeOf(actorOf(request)), conversation);
    const message = inScope ? found : undefined;
    if (message === undefined)
      throw new AppError("not_found", 404, `message ${params.data.id} does not exist`);
    if (message.direction !== "inbound" || message.content.kind !== "media") {
      throw new AppError("not_media", 404, `message ${params.data.id} carries no media file`);
    }
    const stored = await media.find(message.channelAccountId, message.content.mediaId);
    if (stored === undefined) {
      throw new AppError(
        "media_not_ready",
        404,
        `message ${params.data.id}: the file is still being downloaded`,
      );
    }
    return reply
      .type(stored.mimeType ?? "application/octet-stream")
      .header("cache-control", "private, max-age=86400")
      .send(createReadStream(stored.location));
  });
}
