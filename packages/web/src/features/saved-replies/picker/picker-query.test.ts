import { describe, expect, it } from "vitest";
import { filterSavedReplies, isPickerOpen, pickerQueryOf } from "./picker-query";

const replies = [
  { shortcut: "/address", title: "Counter address", tags: ["location"] },
  { shortcut: "/hours", title: "Opening hours", tags: [] },
  { shortcut: "/thanks", title: "Thank you", tags: ["closing"] },
  { shortcut: "/returns", title: "Return policy", tags: ["退貨", "refund"] },
  { shortcut: "/TH-hours", title: "Holiday hours", tags: [] },
];
const shortcuts = (query: string) => filterSavedReplies(replies, query).map((reply) => reply.shortcut);

describe("pickerQueryOf", () => {
  it("reads the word after a slash that starts the input", () => {
    expect(pickerQueryOf("/")).toBe("");
    expect(pickerQueryOf("/thx")).toBe("thx");
    expect(pickerQueryOf("/感謝")).toBe("感謝");
  });

  it("is null for anything else", () => {
    for (const text of ["", "hi", " /th", "/th anks", "/th\n", "a/b"])
      expect(pickerQueryOf(text), text).toBeNull();
  });
});

describe("isPickerOpen", () => {
  it("stays closed after Escape while the agent types on, and opens again below that point", () => {
    expect(isPickerOpen("/th", null)).toBe(true);
    expect(isPickerOpen("/th", "/th")).toBe(false);
    expect(isPickerOpen("/tha", "/th")).toBe(false);
    expect(isPickerOpen("/t", "/th")).toBe(true);
    expect(isPickerOpen("hello", null)).toBe(false);
  });
});

describe("filterSavedReplies", () => {
  it("keeps every reply in order for an empty query", () => {
    expect(shortcuts("")).toEqual(replies.map((reply) => reply.shortcut));
  });

  it("puts shortcuts that start with the query first, then shortcuts, titles and tags that contain it", () => {
    expect(shortcuts("th")).toEqual(["/thanks", "/TH-hours"]);
    expect(shortcuts("hours")).toEqual(["/hours", "/TH-hours"]);
    expect(shortcuts("HOLIDAY")).toEqual(["/TH-hours"]);
    expect(shortcuts("退貨")).toEqual(["/returns"]);
    expect(shortcuts("ｒｅｆｕｎｄ")).toEqual(["/returns"]);
    expect(shortcuts("zzz")).toEqual([]);
  });
});
