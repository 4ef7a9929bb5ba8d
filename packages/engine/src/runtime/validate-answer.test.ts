import { describe, expect, it } from "vitest";
import type { InboundContent } from "@switchboard/core";
import { validateAnswer } from "./validate-answer.js";

const text = (t: string): InboundContent => ({ kind: "text", text: t });

describe("validateAnswer", () => {
  it("accepts any non-empty text for text", () => {
    expect(validateAnswer("text", text("  Amy "), [])).toBe("Amy");
    expect(validateAnswer("text", text("   "), [])).toBe(undefined);
    expect(validateAnswer("text", { kind: "media", mediaType: "image", mediaId: "m" }, [])).toBe(undefined);
  });

  it("canonicalises numbers, full-width digits included", () => {
    expect(validateAnswer("number", text("1,234.50"), [])).toBe("1234.5");
    expect(validateAnswer("number", text("３"), [])).toBe("3");
    expect(validateAnswer("number", text("three"), [])).toBe(undefined);
  });

  it("checks emails and phones", () => {
    expect(validateAnswer("email", text("Amy@Example.com"), [])).toBe("amy@example.com");
    expect(validateAnswer("email", text("amy@"), [])).toBe(undefined);
    expect(validateAnswer("phone", text("+886 912-345-678"), [])).toBe("+886912345678");
    expect(validateAnswer("phone", text("call me"), [])).toBe(undefined);
  });

  it("accepts real year-first dates only", () => {
    expect(validateAnswer("date", text("2025/3/9"), [])).toBe("2025-03-09");
    expect(validateAnswer("date", text("２０２５-０３-０９"), [])).toBe("2025-03-09");
    expect(validateAnswer("date", text("2025-02-30"), [])).toBe(undefined);
    expect(validateAnswer("date", text("tomorrow"), [])).toBe(undefined);
  });

  it("takes a choice by number or title and a location as lat,lng", () => {
    const options = [
      { id: "a", title: "Oily" },
      { id: "b", title: "Dry" },
    ];
    expect(validateAnswer("choice", text("2"), options)).toBe("Dry");
    expect(validateAnswer("choice", text("OILY"), options)).toBe("Oily");
    expect(validateAnswer("choice", text("combination"), options)).toBe(undefined);
    expect(validateAnswer("location", { kind: "location", latitude: 25.03, longitude: 121.56 }, [])).toBe(
      "25.03,121.56",
    );
    expect(validateAnswer("location", text("Taipei"), [])).toBe(undefined);
  });
});
