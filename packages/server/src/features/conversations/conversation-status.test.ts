import { describe, expect, it } from "vitest";
import { automationMayAnswer, CONVERSATION_STATUSES, nextConversationStatus } from "./conversation-status.js";
import type { ConversationStatus, ConversationTrigger } from "./conversation-status.js";

describe("the conversation state machine", () => {
  const table: [ConversationStatus, ConversationTrigger, ConversationStatus][] = [
    ["bot", "automation_answers", "bot"],
    ["pending", "automation_answers", "bot"],
    ["in_progress", "automation_answers", "in_progress"],
    ["closed", "automation_answers", "closed"],
    ["bot", "handover", "pending"],
    ["pending", "handover", "pending"],
    ["in_progress", "handover", "in_progress"],
    ["closed", "handover", "closed"],
    ["bot", "take_over", "in_progress"],
    ["pending", "take_over", "in_progress"],
    ["in_progress", "take_over", "in_progress"],
    ["closed", "take_over", "closed"],
    ["bot", "release", "bot"],
    ["pending", "release", "pending"],
    ["in_progress", "release", "pending"],
    ["closed", "release", "closed"],
    ["bot", "close", "closed"],
    ["pending", "close", "closed"],
    ["in_progress", "close", "closed"],
    ["closed", "close", "closed"],
  ];
  it.each(table)("%s + %s → %s", (from, trigger, to) => {
    expect(nextConversationStatus(from, trigger)).toBe(to);
  });

  it("lets automation answer only while no person handles the conversation", () => {
    expect(CONVERSATION_STATUSES.filter(automationMayAnswer)).toEqual(["bot", "pending"]);
  });
});
