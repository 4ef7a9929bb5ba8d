import { describe, expect, it } from "vitest";
import type { LimitViolation } from "../../api/types";
import {
  formPathOf,
  newSavedReplyDraft,
  placeSavedReplyProblems,
  savedReplyDraftOf,
  savedReplyRequestOf,
} from "./saved-reply-draft";

const problem = (path: string): LimitViolation => ({ path, rule: "invalid", message: `${path} is wrong` });

describe("savedReplyRequestOf", () => {
  it("trims the title and shortcut and splits the tags", () => {
    const draft = {
      ...newSavedReplyDraft(),
      title: "  Thank you ",
      shortcut: " /thanks ",
      tags: "closing，polite、closing, ",
    };
    expect(savedReplyRequestOf(draft)).toEqual({
      title: "Thank you",
      shortcut: "/thanks",
      tags: ["closing", "polite"],
      message: { kind: "text", text: "" },
    });
  });

  it("round-trips a stored reply", () => {
    const reply = {
      id: "r1",
      scope: "shared" as const,
      ownerId: null,
      title: "Hours",
      shortcut: "/hours",
      message: { kind: "text" as const, text: "10:00–22:00" },
      tags: ["info", "hours"],
      createdAt: 1,
      updatedAt: 2,
    };
    expect(savedReplyRequestOf(savedReplyDraftOf(reply))).toEqual({
      title: "Hours",
      shortcut: "/hours",
      tags: ["info", "hours"],
      message: reply.message,
    });
  });
});

describe("placing problems", () => {
  it("keeps the reply's own fields and puts the rest inside the message", () => {
    expect(formPathOf("shortcut")).toBe("shortcut");
    expect(formPathOf("tags[1]")).toBe("tags[1]");
    expect(formPathOf("text")).toBe("message.text");
    expect(formPathOf("sections[0].options[1].title")).toBe("message.sections[0].options[1].title");
    expect(formPathOf("")).toBe("message");
  });

  it("shows each problem at its field, and unknown ones for the whole form", () => {
    const placed = placeSavedReplyProblems(
      [problem("shortcut"), problem("text"), problem("tags[0]"), problem("ownerId")],
      { kind: "text", text: "" },
    );
    expect(placed.get("shortcut")?.map((p) => p.message)).toEqual(["shortcut is wrong"]);
    expect(placed.get("message.text")?.map((p) => p.message)).toEqual(["text is wrong"]);
    expect(placed.get("tags")?.map((p) => p.message)).toEqual(["tags[0] is wrong"]);
    expect(placed.get("")?.map((p) => p.message)).toEqual(["ownerId is wrong"]);
  });
});
