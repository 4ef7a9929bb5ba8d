import { describe, expect, it } from "vitest";
import { replaceOrAppend } from "./replace-or-append";

describe("replaceOrAppend", () => {
  const list = [
    { id: "a", name: "first" },
    { id: "b", name: "second" },
  ];

  it("replaces the item with the same id where it stands", () => {
    expect(replaceOrAppend(list, { id: "a", name: "changed" })).toEqual([
      { id: "a", name: "changed" },
      { id: "b", name: "second" },
    ]);
  });

  it("adds an item with a new id at the end and leaves the list it was given alone", () => {
    expect(replaceOrAppend(list, { id: "c", name: "third" }).map((item) => item.id)).toEqual(["a", "b", "c"]);
    expect(list).toHaveLength(2);
  });
});
