/**
 * Who owns a conversation, one state machine for every automation: `bot` (the bot talks) → `pending`
 * (waiting for a person) → `in_progress` (a person handles it; the bot, keyword rules and automated
 * messages stay silent) → `closed`. A person may take over from any open state; a customer writing after
 * the close starts a new conversation.
 */
import { z } from "zod";

export const CONVERSATION_STATUSES = ["bot", "pending", "in_progress", "closed"] as const;
export const ConversationStatusSchema = z.enum(CONVERSATION_STATUSES);
export type ConversationStatus = z.infer<typeof ConversationStatusSchema>;

/** What moves a conversation: automation, a person, or the customer. */
export type ConversationTrigger =
  /** The bot (or a keyword rule, a ref link) runs a module. */
  | "automation_answers"
  /** The bot's human agent module, a keyword or a node hands over to people. */
  | "handover"
  /** An agent takes the conversation. */
  | "take_over"
  /** An agent gives it back to the queue. */
  | "release"
  | "close";

/** Pure: the status after `trigger`; unchanged where the trigger does not apply (e.g. automation while a person handles it). */
export function nextConversationStatus(
  current: ConversationStatus,
  trigger: ConversationTrigger,
): ConversationStatus {
  switch (trigger) {
    case "automation_answers":
      return current === "pending" ? "bot" : current;
    case "handover":
      return current === "bot" ? "pending" : current;
    case "take_over":
      return current === "closed" ? current : "in_progress";
    case "release":
      return current === "in_progress" ? "pending" : current;
    case "close":
      return "closed";
  }
}

/** True when automation (bot, keyword rules, default reply, bot timers) may answer. */
export function automationMayAnswer(status: ConversationStatus): boolean {
  return status === "bot" || status === "pending";
}

/** Pure: the status after automation answered a turn (a hand-over wins over answers in the same turn). */
export function statusAfterTurn(
  current: ConversationStatus,
  turn: { handedOver: boolean; botActed: boolean },
): ConversationStatus {
  if (turn.handedOver) return nextConversationStatus(current, "handover");
  return turn.botActed ? nextConversationStatus(current, "automation_answers") : current;
}
