import { describe, expect, it } from "vitest";
import { buildMediaMessage, isMediaDraftReady, newMediaDraft } from "./media-draft";

describe("the media draft", () => {
  it("builds an image with its caption, the URL trimmed", () => {
    const draft = { ...newMediaDraft(), url: " https://shop.example/menu.jpg\n" };
    expect(buildMediaMessage("Today's menu", draft)).toEqual({
      kind: "media",
      mediaType: "image",
      source: { url: "https://shop.example/menu.jpg" },
      caption: "Today's menu",
    });
  });

  it("leaves out a blank caption", () => {
    const draft = { ...newMediaDraft(), mediaType: "audio" as const, url: "https://shop.example/hi.mp3" };
    expect(buildMediaMessage("  ", draft)).toEqual({
      kind: "media",
      mediaType: "audio",
      source: { url: "https://shop.example/hi.mp3" },
    });
  });

  it("sends a file name with a document only", () => {
    const base = { url: "https://shop.example/prices.pdf", filename: " prices.pdf " };
    expect(buildMediaMessage("", { ...base, mediaType: "document" })).toMatchObject({
      mediaType: "document",
      filename: "prices.pdf",
    });
    expect(buildMediaMessage("", { ...base, mediaType: "video" })).not.toHaveProperty("filename");
    expect(buildMediaMessage("", { ...base, mediaType: "document", filename: "" })).not.toHaveProperty(
      "filename",
    );
  });

  it("is ready once it has a URL", () => {
    expect(isMediaDraftReady(newMediaDraft())).toBe(false);
    expect(isMediaDraftReady({ ...newMediaDraft(), url: "   " })).toBe(false);
    expect(isMediaDraftReady({ ...newMediaDraft(), url: "https://shop.example/a.png" })).toBe(true);
  });
});
