/**
 * `POST /_sim/api/customers/{waId}/send`: the customer writes to a business. The simulator builds Meta's
 * inbound webhook (A7.3, A7.4), signs and posts it, opens the service window and answers once the
 * business has replied to the first delivery attempt.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { newNumericId, newWamid } from "../graph/ids.js";
import { signedMediaUrl } from "../media/media-url.js";
import type { SimulatorRuntime } from "../runtime.js";
import { displayDigits } from "../state/business-store.js";
import { messagesEnvelope } from "../webhooks/messages-envelope.js";
import type { AttemptResult } from "../webhooks/webhook-sender.js";
import {
  buildInboundMessage,
  type CustomerMessage,
  customerMessageSchema,
  type InboundMedia,
} from "./build-inbound-message.js";
import { ControlError, parseInput } from "./control-error.js";

const paramsSchema = z.object({ waId: z.string() });
const bodySchema = z.strictObject({ phoneNumberId: z.string().min(1), message: customerMessageSchema });

export function registerCustomerSendRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  app.post("/_sim/api/customers/:waId/send", async (request) => {
    const { waId } = parseInput(paramsSchema, request.params, "path");
    const { phoneNumberId, message } = parseInput(bodySchema, request.body, "body");
    const business = runtime.businesses.get(phoneNumberId);
    if (business === undefined)
      throw new ControlError(404, `no business with phone number id ${phoneNumberId}`);
    const customer = runtime.customers.get(waId);
    if (customer === undefined) throw new ControlError(404, `no customer ${waId}; create it first`);
    const now = runtime.now();
    const wamid = newWamid(waId);
    const base = `${request.protocol}://${request.host}${app.prefix}`;
    const media = storeMedia(runtime, phoneNumberId, message, base, now);
    const payload = buildInboundMessage(message, {
      waId,
      wamid,
      timestamp: Math.floor(now / 1000),
      businessNumber: displayDigits(business),
      ...(media === undefined ? {} : { media }),
    });
    const ref = { phoneNumberId, waId };
    const type = typeof payload.type === "string" ? payload.type : message.type;
    const item = runtime.chats.append(ref, {
      wamid,
      direction: "in",
      at: now,
      type,
      payload,
      status: "pending",
    });
    if (runtime.events.hasListeners) runtime.events.emit({ type: "chat.item", ...ref, item });
    const envelope = messagesEnvelope(business, {
      contacts: [{ profile: { name: customer.name }, wa_id: waId }],
      messages: [payload],
    });
    const onAttempt = (result: AttemptResult) => {
      const error = { code: 0, title: "Webhook delivery failed", details: result.error ?? "" };
      const changed = result.ok
        ? runtime.chats.advance(item, "delivered")
        : item.status === "pending" && runtime.chats.advance(item, "failed", error);
      if (changed) runtime.events.emitStatus(phoneNumberId, waId, item);
    };
    const target = { url: business.webhookUrl, appSecret: business.appSecret };
    const first = await runtime.sender.deliver(target, envelope, "messages", onAttempt);
    return {
      wamid,
      webhook: {
        status: first.status ?? `failed: ${first.error ?? "no answer"}`,
        ok: first.ok,
        ...(first.error === undefined ? {} : { error: first.error }),
      },
    };
  });
}

function storeMedia(
  runtime: SimulatorRuntime,
  phoneNumberId: string,
  message: CustomerMessage,
  base: string,
  now: number,
): InboundMedia | undefined {
  if (!("dataBase64" in message)) return undefined;
  const stored = runtime.media.add({
    id: newNumericId(),
    phoneNumberId,
    mimeType: message.mimeType,
    data: Buffer.from(message.dataBase64, "base64"),
    ...(message.filename === undefined ? {} : { filename: message.filename }),
    createdAt: now,
  });
  return {
    id: stored.id,
    mimeType: stored.mimeType,
    sha256: stored.sha256,
    url: signedMediaUrl(base, runtime.mediaUrlKey, stored.id, now),
  };
}
