import { describe, expect, it } from "vitest";
import { matchesSavedReplyQuery, SavedReplyInputSchema, shortcutKey } from "./saved-reply.js";

describe("shortcutKey", () => {
  it("folds case and width so one shortcut is never two", () => {
    expect(shortcutKey("/Thanks")).toBe("/thanks");
    expect(shortcutKey("／ＴＨＡＮＫＳ")).toBe("/thanks");
    expect(shortcutKey("/感謝")).toBe("/感謝");
  });
});

describe("SavedReplyInputSchema", () => {
  const base = { title: "Thanks", message: { kind: "text", text: "Thank you!" } };

  it("takes / and 1–32 letters of any script, digits, - or _", () => {
    for (const shortcut of ["/thanks", "/感謝", "/a", "/opening_hours-2", `/${"x".repeat(32)}`])
      expect(SavedReplyInputSchema.safeParse({ ...base, shortcut }).success, shortcut).toBe(true);
    for (const shortcut of ["thanks", "/", "/two words", "/a.b", `/${"x".repeat(33)}`, "//x"])
      expect(SavedReplyInputSchema.safeParse({ ...base, shortcut }).success, shortcut).toBe(false);
  });

  it("refuses a reaction, since it answers one particular message", () => {
    const parsed = SavedReplyInputSchema.safeParse({
      ...base,
      shortcut: "/like",
      message: { kind: "reaction", targetMessageId: "wamid.1", emoji: "👍" },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["message", "kind"]);
  });
});

describe("matchesSavedReplyQuery", () => {
  const reply = { title: "Return policy", shortcut: "/returns", tags: ["退貨", "Refund"] };

  it("needs every word somewhere in the title, the shortcut or a tag, in any case or width", () => {
    expect(matchesSavedReplyQuery(reply, "")).toBe(true);
    expect(matchesSavedReplyQuery(reply, "POLICY refund")).toBe(true);
    expect(matchesSavedReplyQuery(reply, "/ret")).toBe(true);
    expect(matchesSavedReplyQuery(reply, "退貨")).toBe(true);
    expect(matchesSavedReplyQuery(reply, "ＲＥＦＵＮＤ")).toBe(true);
    expect(matchesSavedReplyQuery(reply, "refund hours")).toBe(false);
  });
});
