/** Pure: a stored message as the widget shows it — ours in the widget's JSON, the visitor's own as they sent it. */
import type { WebchatMessage } from "@switchboard/channels";
import type { InboundContent } from "@switchboard/core";
import { z } from "zod";

/** One message in the widget's thread. */
export interface WidgetItem {
  id: string;
  direction: "in" | "out";
  /** The id the widget reports `delivered` and `read` with; null for the visitor's own messages. */
  providerId: string | null;
  status: string;
  at: number;
  message: WebchatMessage;
}

/** Outbound messages the widget shows: sent to it, never ones still waiting, refused or failed. */
export const SHOWN_OUTBOUND = ["accepted", "sent", "delivered", "read"] as const;

/** The compiler wrote it and the widget reads it defensively: only its `type` is checked here. */
const StoredWidgetMessage = z.custom<WebchatMessage>(
  (value) => typeof value === "object" && value !== null && "type" in value && typeof value.type === "string",
  "not a web chat message",
);
const StoredPayload = z.object({ message: StoredWidgetMessage });

/** The visitor's own message, as they see it in the thread. */
export function visitorMessageOf(content: InboundContent): WebchatMessage | undefined {
  switch (content.kind) {
    case "text":
      return { type: "text", text: content.text };
    case "choice_reply":
      return { type: "text", text: content.title };
    case "template_button":
      return { type: "text", text: content.text };
    case "location":
      return {
        type: "location",
        latitude: content.latitude,
        longitude: content.longitude,
        mapUrl: `https://www.openstreetmap.org/?mlat=${content.latitude}&mlon=${content.longitude}`,
      };
    default:
      return undefined;
  }
}

/** The compiled widget JSON of one of our messages, or undefined when it holds none. */
export function outboundMessageOf(nativePayload: unknown): WebchatMessage | undefined {
  const parsed = StoredPayload.safeParse(nativePayload);
  return parsed.success ? parsed.data.message : undefined;
}
