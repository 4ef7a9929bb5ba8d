import { describe, expect, it } from "vitest";
import type { RefLink } from "../../../api/automation-types";
import { refLinkDraftOf, refLinkFieldOf, refLinkRequestOf, tagsOf } from "./ref-link-draft";

describe("tagsOf", () => {
  it("splits on ASCII and full-width commas and 、, trims, drops blanks and repeats", () => {
    expect(tagsOf("vip, autumn，vip、 海報 ,,")).toEqual(["vip", "autumn", "海報"]);
    expect(tagsOf("  ")).toEqual([]);
  });
});

describe("refLinkRequestOf", () => {
  it("round-trips a stored link and trims what is typed", () => {
    const link: RefLink = {
      id: "rl_1",
      channelAccountId: "ca_1",
      code: "AUTUMN-CWB",
      name: "Autumn poster",
      moduleId: "m_autumn",
      tags: ["autumn", "poster"],
      entries: 12,
      url: "https://wa.me/85251234567?text=AUTUMN-CWB",
      createdAt: 1,
      updatedAt: 1,
    };
    expect(refLinkRequestOf(refLinkDraftOf(link))).toEqual({
      name: "Autumn poster",
      code: "AUTUMN-CWB",
      moduleId: "m_autumn",
      tags: ["autumn", "poster"],
    });
    expect(refLinkRequestOf({ name: " A ", code: " X1 ", moduleId: " m ", tags: "" })).toEqual({
      name: "A",
      code: "X1",
      moduleId: "m",
      tags: [],
    });
  });
});

describe("refLinkFieldOf", () => {
  it("maps paths to fields and leaves the rest to the form", () => {
    expect(refLinkFieldOf("code")).toBe("code");
    expect(refLinkFieldOf("tags[1]")).toBe("tags");
    expect(refLinkFieldOf("moduleId")).toBe("moduleId");
    expect(refLinkFieldOf("codes")).toBeUndefined();
    expect(refLinkFieldOf("")).toBeUndefined();
  });
});
