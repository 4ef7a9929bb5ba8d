import { describe, expect, it } from "vitest";
import { neighbourId, shortcutFor, type KeyPress } from "./inbox-shortcuts";

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  isComposing: false,
  target: { tagName: "BODY" },
  ...more,
});

describe("shortcutFor", () => {
  it("maps j, k, e, c, r and ? to their actions", () => {
    expect(["j", "k", "e", "c", "r", "?"].map((key) => shortcutFor(press(key)))).toEqual([
      "next",
      "previous",
      "take",
      "close",
      "focusComposer",
      "help",
    ]);
  });

  it("ignores other keys and upper case", () => {
    expect(shortcutFor(press("x"))).toBeNull();
    expect(shortcutFor(press("J"))).toBeNull();
    expect(shortcutFor(press("/"))).toBeNull();
  });

  it("does not fire while typing in an input, a text area, a select or editable content", () => {
    for (const target of [
      { tagName: "INPUT" },
      { tagName: "textarea" },
      { tagName: "SELECT" },
      { tagName: "DIV", isContentEditable: true },
    ]) {
      expect(shortcutFor(press("c", { target }))).toBeNull();
    }
    expect(shortcutFor(press("c", { target: { tagName: "BUTTON" } }))).toBe("close");
  });

  it("does not fire with Ctrl, ⌘ or Alt held, or while an IME composes", () => {
    expect(shortcutFor(press("c", { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press("c", { metaKey: true }))).toBeNull();
    expect(shortcutFor(press("c", { altKey: true }))).toBeNull();
    expect(shortcutFor(press("j", { isComposing: true }))).toBeNull();
  });
});

describe("neighbourId", () => {
  const ids = ["a", "b", "c"];
  it("steps through the list and stops at its ends", () => {
    expect(neighbourId(ids, "a", 1)).toBe("b");
    expect(neighbourId(ids, "b", -1)).toBe("a");
    expect(neighbourId(ids, "c", 1)).toBeNull();
    expect(neighbourId(ids, "a", -1)).toBeNull();
  });
  it("starts at the first (next) or last (previous) when none is open or the open one is not listed", () => {
    expect(neighbourId(ids, null, 1)).toBe("a");
    expect(neighbourId(ids, "zz", -1)).toBe("c");
    expect(neighbourId([], null, 1)).toBeNull();
  });
});
