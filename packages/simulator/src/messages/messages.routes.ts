/** `POST /{version}/{phone-number-id}/messages`: send a message, mark as read, show typing (PLATFORMS.md A1–A4, A9). */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { authorize, checkVersion } from "../graph/authorize.js";
import { GraphError } from "../graph/graph-error.js";
import { sendThroughAccount } from "../messenger/meta-graph.routes.js";
import type { SimulatorRuntime } from "../runtime.js";
import { type Business, displayDigits } from "../state/business-store.js";
import { acceptMessage } from "./accept-message.js";
import { checkTemplateSend } from "./check-template-send.js";
import { validateMessageRequest } from "./validate-message-request.js";

const paramsSchema = z.object({ version: z.string(), phoneNumberId: z.string() });

export function registerMessageRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  app.post("/:version/:phoneNumberId/messages", async (request) => {
    const { version, phoneNumberId } = paramsSchema.parse(request.params);
    checkVersion(version, request.url);
    const owner = runtime.businesses.get(phoneNumberId);
    // The same path sends for Facebook pages and Instagram accounts (Messenger's Send API).
    const metaAnswer = owner === undefined ? sendThroughAccount(request, runtime, phoneNumberId) : undefined;
    if (metaAnswer !== undefined) return metaAnswer;
    const business = authorize(
      request,
      owner === undefined ? [] : [owner],
      runtime.businesses,
      phoneNumberId,
      "post",
    );
    const message = validateMessageRequest(request.body);
    if (message.kind === "read") return markRead(runtime, business, message.messageId, message.typing);

    const template =
      message.template === undefined
        ? undefined
        : checkTemplateSend(message.template, business.wabaId, runtime.templates);
    if (message.waId === displayDigits(business)) {
      throw new GraphError(131021, "to: the recipient is this business's own number");
    }
    const now = runtime.now();
    if (!runtime.limiter.takeThroughput(phoneNumberId, runtime.settings.messagesPerSecond, now)) {
      throw new GraphError(
        130429,
        `Message failed to send because there were too many messages sent from this phone number in a short period of time (over ${runtime.settings.messagesPerSecond} per second)`,
        { httpStatus: 429 },
      );
    }
    if (runtime.settings.pairRateLimit) {
      const waitMs = runtime.limiter.takePair(phoneNumberId, message.waId, now);
      if (waitMs > 0) {
        throw new GraphError(
          131056,
          `Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time (try again in ${Math.ceil(waitMs / 1000)} s)`,
          { httpStatus: 429 },
        );
      }
    }
    const wamid = acceptMessage(runtime, business, message, template);
    return {
      messaging_product: "whatsapp",
      contacts: [{ input: message.to, wa_id: message.waId }],
      messages: [{ id: wamid }],
    };
  });
}

/** PLATFORMS.md A4: marks the message and every earlier one of the chat read; optionally shows typing. */
function markRead(runtime: SimulatorRuntime, business: Business, messageId: string, typing: boolean) {
  const found = runtime.chats.find(messageId);
  if (
    found === undefined ||
    found.phoneNumberId !== business.phoneNumberId ||
    found.item.direction !== "in"
  ) {
    throw new GraphError(100, `message_id: ${messageId} is not a message this number received`);
  }
  const ref = { phoneNumberId: found.phoneNumberId, waId: found.waId };
  for (const item of runtime.chats.markInboundRead(ref, messageId)) {
    runtime.events.emitStatus(ref.phoneNumberId, ref.waId, item);
  }
  if (typing) runtime.events.emit({ type: "chat.typing", ...ref });
  return { success: true };
}
