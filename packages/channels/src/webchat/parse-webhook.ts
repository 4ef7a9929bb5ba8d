/** Pure: a web chat webhook body → its entries, and each entry → the neutral inbound event. */
import type { InboundContent, InboundEvent } from "@switchboard/core";
import { WebchatEntrySchema, WebchatWebhookSchema } from "./webchat-webhook.js";
import type { WebchatEntry, WebchatVisitorMessage } from "./webchat-webhook.js";

/** The well-formed entries of a body; anything else in it is left out, nothing throws. */
export function webchatEntriesOf(body: unknown): WebchatEntry[] {
  const parsed = WebchatWebhookSchema.safeParse(body);
  if (!parsed.success) return [];
  return parsed.data.entry.flatMap((item) => {
    const entry = WebchatEntrySchema.safeParse(item);
    return entry.success ? [entry.data] : [];
  });
}

function contentOf(message: WebchatVisitorMessage): InboundContent {
  switch (message.kind) {
    case "text":
      return { kind: "text", text: message.text };
    case "choice":
      return { kind: "choice_reply", via: message.via, optionId: message.optionId, title: message.title };
    case "location":
      return { kind: "location", latitude: message.latitude, longitude: message.longitude };
  }
}

export function webchatEventOf(entry: WebchatEntry): InboundEvent {
  if (entry.type === "status")
    return {
      type: "status",
      channel: "webchat",
      accountExternalId: entry.widgetKey,
      providerMessageId: entry.messageId,
      status: entry.status,
      timestamp: entry.timestamp,
      recipientExternalId: entry.visitorId,
      errors: [],
      raw: entry,
    };
  return {
    type: "message",
    channel: "webchat",
    accountExternalId: entry.widgetKey,
    providerMessageId: `wcin_${entry.visitorId}_${entry.id}`,
    sender: {
      externalId: entry.visitorId,
      ...(entry.displayName === undefined ? {} : { displayName: entry.displayName }),
    },
    timestamp: entry.timestamp,
    content: contentOf(entry.message),
    raw: entry,
  };
}

/** Pure: one web chat webhook body → its events. */
export function parseWebchatWebhook(body: unknown): InboundEvent[] {
  return webchatEntriesOf(body).map(webchatEventOf);
}
