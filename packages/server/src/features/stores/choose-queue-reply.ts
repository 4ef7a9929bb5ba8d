/** Which reply a customer gets on entering the human queue: the offline message or the instant reply. */
import { isOpen } from "@switchboard/core";
import type { QueueReplySettings } from "./store.js";

export type QueueReplyKind = "offline" | "instant";

export interface QueueReplyChoice {
  kind: QueueReplyKind;
  text: string;
}

/**
 * Pure: outside business hours the offline message, during them the instant reply; undefined when the
 * one that applies is not set.
 */
export function chooseQueueReply(settings: QueueReplySettings, now: number): QueueReplyChoice | undefined {
  const open = isOpen({ weekly: settings.hours, holidays: settings.holidays }, settings.timeZone, now);
  const text = open ? settings.instantReply : settings.offlineReply;
  return text === null ? undefined : { kind: open ? "instant" : "offline", text };
}
