import { describe, expect, it } from "vitest";
import { examplesFor, templateVariableNames } from "./template-variables";

describe("templateVariableNames", () => {
  it("lists each variable once, in order of first appearance, as written", () => {
    expect(templateVariableNames("Hi {{1}}, order {{2}} for {{1}}; {{ 3 }}")).toEqual(["1", "2", " 3 "]);
    expect(templateVariableNames("No variables, {single} braces")).toEqual([]);
  });
});

describe("examplesFor", () => {
  it("keeps the examples of the text's variables, blank ones included, and drops the rest", () => {
    expect(examplesFor("Hi {{1}}, order {{2}}", { "1": "Jessica", "3": "stale" })).toEqual({
      "1": "Jessica",
      "2": "",
    });
    expect(examplesFor("Plain text", { "1": "Jessica" })).toBeUndefined();
  });
});
