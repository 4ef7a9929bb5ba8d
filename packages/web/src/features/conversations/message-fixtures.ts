/** Realistic messages for the pure tests of the thread logic. */
import type { InboundMessageRecord, OutboundMessageRecord } from "../../api/types";

const base = {
  conversationId: "conv_1",
  error: null,
  refusal: null,
  providerMessageId: null,
  sentAt: null,
  deliveredAt: null,
  readAt: null,
  failedAt: null,
};

export function inboundText(id: string, createdAt: number, text = "Hi, is the autumn palette in stock?") {
  const message: InboundMessageRecord = {
    ...base,
    id,
    createdAt,
    updatedAt: createdAt,
    direction: "inbound",
    author: "contact",
    status: "received",
    content: { kind: "text", text },
  };
  return message;
}

export function outboundText(
  id: string,
  createdAt: number,
  status: OutboundMessageRecord["status"],
  text = "Yes! Which counter suits you?",
  updatedAt = createdAt,
) {
  const message: OutboundMessageRecord = {
    ...base,
    id,
    createdAt,
    updatedAt,
    direction: "outbound",
    author: "agent",
    status,
    content: { kind: "text", text },
  };
  return message;
}
