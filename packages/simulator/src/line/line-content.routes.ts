/** `GET /v2/bot/message/{messageId}/content` on the data host (`api-data.line.me`, mounted at `/line-data`): the bytes a user sent. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SimulatorRuntime } from "../runtime.js";
import { authorizeChannel } from "./line-auth.js";
import { LineError } from "./line-error.js";

export function registerLineContentRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  app.get("/v2/bot/message/:messageId/content", async (request, reply) => {
    const channel = authorizeChannel(request, runtime.line);
    const { messageId } = z.object({ messageId: z.string() }).parse(request.params);
    const content = runtime.line.content(messageId);
    if (content === undefined || content.channelId !== channel.channelId)
      throw new LineError(404, "Not found");
    return reply
      .type(content.mimeType)
      .header("content-length", String(content.data.length))
      .send(content.data);
  });
}
