import { describe, expect, it } from "vitest";
import { instagramRefLink, messengerRefLink } from "./ref-link.js";

describe("messengerRefLink and instagramRefLink", () => {
  it("builds the links with the ref encoded", () => {
    expect(messengerRefLink("examplesalon", "spring24")).toEqual({
      ok: true,
      value: "https://m.me/examplesalon?ref=spring24",
    });
    expect(messengerRefLink("108914855231537", "a+b/c=d:e_f.g-h")).toEqual({
      ok: true,
      value: "https://m.me/108914855231537?ref=a%2Bb%2Fc%3Dd%3Ae_f.g-h",
    });
    expect(instagramRefLink("example_salon", "spring24")).toEqual({
      ok: true,
      value: "https://ig.me/m/example_salon?ref=spring24",
    });
  });

  it("accepts a ref of 2083 characters and refuses 2084", () => {
    expect(messengerRefLink("examplesalon", "a".repeat(2083)).ok).toBe(true);
    const result = messengerRefLink("examplesalon", "a".repeat(2084));
    expect(result.ok ? [] : result.error).toEqual([
      expect.objectContaining({ path: "ref", rule: "max_length", limit: 2083, actual: 2084 }),
    ]);
  });

  it("refuses characters outside the safe set, blanks and bad page names", () => {
    const spaced = messengerRefLink("example salon", "預約 now");
    expect(spaced.ok ? [] : spaced.error.map((v) => [v.path, v.rule])).toEqual([
      ["page", "format"],
      ["ref", "format"],
    ]);
    const blank = instagramRefLink("", "");
    expect(blank.ok ? [] : blank.error.map((v) => [v.path, v.rule])).toEqual([
      ["page", "required"],
      ["ref", "required"],
    ]);
  });
});
