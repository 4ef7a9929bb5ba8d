import { describe, expect, it } from "vitest";
import { violationText } from "./violation-text";

const tooLong = {
  path: "sections[0].options[3].title",
  rule: "max_length",
  message: "sections[0].options[3].title: 31 characters, WhatsApp allows 24",
  limit: 24,
  actual: 31,
};

describe("violationText", () => {
  it("shows the server's sentence without the path in English", () => {
    expect(violationText(tooLong, "en")).toBe("31 characters, WhatsApp allows 24");
  });

  it("translates known rules into Traditional Chinese", () => {
    expect(violationText(tooLong, "zh-TW")).toBe("31 個字元，上限為 24");
    expect(violationText({ path: "body", rule: "required", message: "body: required" }, "zh-TW")).toBe(
      "必填",
    );
  });

  it("falls back to the server's sentence for unknown rules or missing numbers", () => {
    const odd = {
      path: "header",
      rule: "media_type",
      message: "header: WhatsApp lists cannot have a media header",
    };
    expect(violationText(odd, "zh-TW")).toBe("WhatsApp lists cannot have a media header");
    expect(violationText({ ...tooLong, limit: undefined }, "zh-TW")).toBe(
      "31 characters, WhatsApp allows 24",
    );
  });
});
