import { describe, expect, it } from "vitest";
import { parseLiveEvent } from "./live-event";

describe("parseLiveEvent", () => {
  it("reads both kinds of change event", () => {
    expect(
      parseLiveEvent('{"type":"conversation.changed","conversationId":"c-1","at":1700000000000}'),
    ).toEqual({
      type: "conversation.changed",
      conversationId: "c-1",
      at: 1_700_000_000_000,
    });
    expect(
      parseLiveEvent(
        '{"type":"message.changed","conversationId":"c-1","messageId":"m-9","at":1700000000001}',
      ),
    ).toEqual({ type: "message.changed", conversationId: "c-1", messageId: "m-9", at: 1_700_000_000_001 });
  });

  it("reads a note's change event, and ignores one without its note id", () => {
    expect(parseLiveEvent('{"type":"note.changed","conversationId":"c-1","noteId":"n-2","at":7}')).toEqual({
      type: "note.changed",
      conversationId: "c-1",
      noteId: "n-2",
      at: 7,
    });
    expect(parseLiveEvent('{"type":"note.changed","conversationId":"c-1","at":7}')).toBeNull();
  });

  it("keeps only the fields it knows", () => {
    expect(
      parseLiveEvent('{"type":"conversation.changed","conversationId":"c-1","at":5,"agentId":"a-1"}'),
    ).toEqual({ type: "conversation.changed", conversationId: "c-1", at: 5 });
  });

  it("ignores unknown kinds, missing or mistyped fields, and text that is not JSON", () => {
    for (const data of [
      '{"type":"contact.changed","conversationId":"c-1","at":5}',
      '{"type":"message.changed","conversationId":"c-1","at":5}',
      '{"type":"message.changed","conversationId":"c-1","messageId":"","at":5}',
      '{"type":"conversation.changed","conversationId":7,"at":5}',
      '{"type":"conversation.changed","conversationId":"c-1","at":"now"}',
      '{"type":"conversation.changed","conversationId":"c-1"}',
      "null",
      '"conversation.changed"',
      "conversation.changed c-1",
    ]) {
      expect(parseLiveEvent(data), data).toBeNull();
    }
  });
});
