import { describe, expect, it } from "vitest";
import { conversationActivity, parseChangeEvent } from "./change-event.js";

describe("parseChangeEvent", () => {
  it("reads both kinds of event back from their JSON", () => {
    for (const event of conversationActivity("c-1", ["m-1"], 1_700_000_000_000)) {
      expect(parseChangeEvent(JSON.stringify(event))).toEqual({ ok: true, event });
    }
  });

  it("names the field and the rule of an event it refuses", () => {
    expect(parseChangeEvent('{"type":"message.changed","conversationId":"c-1","at":1}')).toEqual({
      ok: false,
      error: "messageId: Invalid input: expected string, received undefined",
    });
    const negative = parseChangeEvent('{"type":"conversation.changed","conversationId":"c-1","at":-5}');
    expect(negative.ok === false && negative.error).toMatch(/^at: /);
    const unknown = parseChangeEvent('{"type":"contact.changed","contactId":"x","at":1}');
    expect(unknown.ok === false && unknown.error).toMatch(/^type: /);
    const extra = parseChangeEvent('{"type":"conversation.changed","conversationId":"c","at":1,"text":"hi"}');
    expect(extra.ok).toBe(false);
  });

  it("refuses text that is not JSON", () => {
    expect(parseChangeEvent("conversation.changed c-1")).toEqual({ ok: false, error: "not JSON" });
  });
});
