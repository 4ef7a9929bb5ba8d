import { describe, expect, it } from "vitest";
import { autoReplyDraftOf, autoReplyOf, replyFieldOf } from "./auto-reply-draft";

describe("auto reply draft", () => {
  it("round-trips none, text and module replies", () => {
    expect(autoReplyOf(autoReplyDraftOf(null))).toBeNull();
    expect(autoReplyOf(autoReplyDraftOf({ kind: "text", text: "營業時間 11:00–20:00 " }))).toEqual({
      kind: "text",
      text: "營業時間 11:00–20:00 ",
    });
    expect(autoReplyOf(autoReplyDraftOf({ kind: "module", moduleId: "m_hours" }))).toEqual({
      kind: "module",
      moduleId: "m_hours",
    });
  });

  it("sends only the chosen kind, with the module id trimmed", () => {
    const draft = { kind: "module" as const, text: "kept for later", moduleId: "  m_menu " };
    expect(autoReplyOf(draft)).toEqual({ kind: "module", moduleId: "m_menu" });
    expect(autoReplyOf({ ...draft, kind: "none" })).toBeNull();
  });

  it("maps reply paths under a prefix to their inputs", () => {
    expect(replyFieldOf("reply.text", "reply")).toBe("reply.text");
    expect(replyFieldOf("defaultReply.moduleId", "defaultReply")).toBe("reply.moduleId");
    expect(replyFieldOf("defaultReply.kind", "defaultReply")).toBe("reply");
    expect(replyFieldOf("reply", "reply")).toBe("reply");
    expect(replyFieldOf("name", "reply")).toBeUndefined();
    expect(replyFieldOf("replyTo", "reply")).toBeUndefined();
  });
});
