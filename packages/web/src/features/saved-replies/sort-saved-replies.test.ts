import { describe, expect, it } from "vitest";
import { sortSavedReplies } from "./sort-saved-replies";

describe("sortSavedReplies", () => {
  it("orders by shortcut ignoring case, then by id, without changing the input", () => {
    const replies = [
      { id: "2", shortcut: "/thanks" },
      { id: "1", shortcut: "/Address" },
      { id: "3", shortcut: "/hours" },
      { id: "0", shortcut: "/hours" },
    ];
    expect(sortSavedReplies(replies).map((reply) => reply.id)).toEqual(["1", "0", "3", "2"]);
    expect(replies[0]?.id).toBe("2");
  });
});
