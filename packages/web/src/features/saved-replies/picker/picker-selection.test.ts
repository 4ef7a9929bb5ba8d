import { describe, expect, it } from "vitest";
import { activeIndexOf, pickerKey } from "./picker-selection";

describe("pickerKey", () => {
  const at = (index: number) => ({ query: "th", index });

  it("moves down and up, wrapping at both ends", () => {
    expect(pickerKey("ArrowDown", at(0), "th", 3)).toEqual({ kind: "move", selection: at(1) });
    expect(pickerKey("ArrowDown", at(2), "th", 3)).toEqual({ kind: "move", selection: at(0) });
    expect(pickerKey("ArrowUp", at(0), "th", 3)).toEqual({ kind: "move", selection: at(2) });
    expect(pickerKey("ArrowUp", at(2), "th", 3)).toEqual({ kind: "move", selection: at(1) });
  });

  it("chooses the highlighted row with Enter or Tab, and closes with Escape", () => {
    expect(pickerKey("Enter", at(1), "th", 3)).toEqual({ kind: "choose", index: 1 });
    expect(pickerKey("Tab", at(2), "th", 3)).toEqual({ kind: "choose", index: 2 });
    expect(pickerKey("Escape", at(1), "th", 3)).toEqual({ kind: "close" });
  });

  it("starts from the first row when the query changed", () => {
    expect(pickerKey("Enter", at(2), "tha", 3)).toEqual({ kind: "choose", index: 0 });
    expect(pickerKey("ArrowDown", at(2), "tha", 3)).toEqual({
      kind: "move",
      selection: { query: "tha", index: 1 },
    });
  });

  it("leaves keys to the input when nothing matches, and other keys always", () => {
    expect(pickerKey("Enter", at(0), "th", 0)).toEqual({ kind: "ignore" });
    expect(pickerKey("ArrowDown", at(0), "th", 0)).toEqual({ kind: "ignore" });
    expect(pickerKey("a", at(0), "th", 3)).toEqual({ kind: "ignore" });
    expect(pickerKey("Escape", at(0), "th", 0)).toEqual({ kind: "close" });
  });
});

describe("activeIndexOf", () => {
  it("keeps the row inside the list when it shrank", () => {
    expect(activeIndexOf({ query: "t", index: 4 }, "t", 2)).toBe(1);
    expect(activeIndexOf({ query: "t", index: 1 }, "t", 0)).toBe(0);
  });
});
