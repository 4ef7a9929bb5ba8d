import { describe, expect, it } from "vitest";
import { parseTags } from "./parse-tags";

describe("parseTags", () => {
  it("splits on ASCII and full-width commas and drops blanks", () => {
    expect(parseTags("vip, hk ,")).toEqual(["vip", "hk"]);
    expect(parseTags("貴賓，香港")).toEqual(["貴賓", "香港"]);
    expect(parseTags("  ")).toEqual([]);
  });
});
