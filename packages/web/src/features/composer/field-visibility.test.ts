import { describe, expect, it } from "vitest";
import { newChoicesDraft, newOptionDraft } from "./choices-draft";
import { isFieldVisible, type VisibleFields } from "./field-visibility";
import { newMediaDraft } from "./media-draft";

const base: VisibleFields = {
  mode: "text",
  choices: newChoicesDraft(),
  media: newMediaDraft(),
  imageHeader: true,
};

describe("which composer fields are on screen", () => {
  it("always shows the main input and the general problems", () => {
    for (const mode of ["text", "note", "media", "product", "choices"] as const) {
      expect(isFieldVisible("text", { ...base, mode })).toBe(true);
      expect(isFieldVisible("general", { ...base, mode })).toBe(true);
    }
    expect(isFieldVisible("source", base)).toBe(false);
  });

  it("shows a document's file name, not an image's", () => {
    const media = { ...base, mode: "media" as const };
    expect(isFieldVisible("source", media)).toBe(true);
    expect(isFieldVisible("mediaType", media)).toBe(true);
    expect(isFieldVisible("filename", media)).toBe(false);
    expect(
      isFieldVisible("filename", { ...media, media: { ...newMediaDraft(), mediaType: "document" } }),
    ).toBe(true);
    expect(isFieldVisible("catalogId", media)).toBe(false);
  });

  it("shows the product's fields in product mode only", () => {
    const product = { ...base, mode: "product" as const };
    for (const key of ["catalogId", "productId", "footer"] as const) {
      expect(isFieldVisible(key, product)).toBe(true);
      expect(isFieldVisible(key, { ...base, mode: "choices" })).toBe(false);
    }
  });

  it("shows the header image only where the channel offers it, and existing option rows", () => {
    const choices: VisibleFields = {
      ...base,
      mode: "choices",
      choices: { ...newChoicesDraft(), style: "buttons", options: [newOptionDraft(), newOptionDraft()] },
    };
    expect(isFieldVisible("header", choices)).toBe(true);
    expect(isFieldVisible("header", { ...choices, imageHeader: false })).toBe(false);
    expect(isFieldVisible("listButton", choices)).toBe(false);
    expect(isFieldVisible("option.1.title", choices)).toBe(true);
    expect(isFieldVisible("option.2.title", choices)).toBe(false);
    expect(isFieldVisible("source", choices)).toBe(false);
  });
});
