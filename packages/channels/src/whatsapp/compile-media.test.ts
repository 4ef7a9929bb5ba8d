// Media messages: caption limits, captions and file names where WhatsApp takes none, payloads by id and link.
import type { MediaType, MessageOf } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { compileWhatsAppMessage } from "./compile-message.js";
import { violationsOf } from "./limit-cases.test-support.js";

type Media = MessageOf<"media">;

const media = (mediaType: MediaType, patch: Partial<Media> = {}): Media => ({
  kind: "media",
  mediaType,
  source: { url: "https://cdn.example.com/files/spring-2026" },
  ...patch,
});

describe("media limits", () => {
  it.each(["image", "video", "document"] as const)("%s caption: accepts 1024, refuses 1025", (mediaType) => {
    expect(violationsOf(media(mediaType, { caption: "c".repeat(1024) }))).toEqual([]);
    expect(violationsOf(media(mediaType, { caption: "c".repeat(1025) }))).toEqual([
      expect.objectContaining({ path: "caption", rule: "max_length", limit: 1024, actual: 1025 }),
    ]);
  });

  it("counts an emoji caption in UTF-16 units", () => {
    const family = "👩‍👩‍👧‍👦"; // 11 UTF-16 units, 7 code points
    expect(violationsOf(media("image", { caption: family.repeat(93) }))).toEqual([]); // 1023 units
    expect(violationsOf(media("image", { caption: family.repeat(94) }))).toEqual([
      {
        path: "caption",
        rule: "max_length",
        message: "caption: 1034 UTF-16 units (658 code points), WhatsApp allows 1024",
        limit: 1024,
        actual: 1034,
      },
    ]);
  });
});

describe("media rules", () => {
  it.each(["audio", "sticker"] as const)("refuses a caption on %s", (mediaType) => {
    expect(violationsOf(media(mediaType, { caption: "Listen" }))).toEqual([
      {
        path: "caption",
        rule: "not_allowed",
        message: `caption: WhatsApp does not take one on ${mediaType} messages`,
      },
    ]);
  });

  it("refuses a file name except on documents", () => {
    expect(violationsOf(media("image", { filename: "a.png" }))).toEqual([
      expect.objectContaining({ path: "filename", rule: "not_allowed" }),
    ]);
    expect(violationsOf(media("document", { filename: "menu.pdf" }))).toEqual([]);
  });

  it("refuses a link that is not http(s) and a media id with spaces", () => {
    expect(violationsOf(media("image", { source: { url: "file:///etc/passwd" } }))).toEqual([
      expect.objectContaining({ path: "source.url", rule: "format" }),
    ]);
    expect(violationsOf(media("image", { source: { mediaId: "1013859600285441 " } }))).toEqual([
      expect.objectContaining({ path: "source.mediaId", rule: "no_surrounding_spaces" }),
    ]);
  });
});

describe("media payloads", () => {
  it.each([
    {
      mediaType: "image",
      caption: "New arrivals",
      expected: { id: "1013859600285441", caption: "New arrivals" },
    },
    {
      mediaType: "video",
      caption: "How to apply",
      expected: { id: "1013859600285441", caption: "How to apply" },
    },
    { mediaType: "audio", caption: undefined, expected: { id: "1013859600285441" } },
    { mediaType: "sticker", caption: undefined, expected: { id: "1013859600285441" } },
  ] as const)("renders $mediaType by id", ({ mediaType, caption, expected }) => {
    const message = media(mediaType, { source: { mediaId: "1013859600285441" }, caption });
    expect(compileWhatsAppMessage(message)).toEqual({
      ok: true,
      value: { type: mediaType, [mediaType]: expected },
    });
  });

  it("renders a document by link with caption and file name", () => {
    const message = media("document", {
      source: { url: "https://cdn.example.com/menu.pdf?v=3" },
      caption: "Our menu",
      filename: "menu.pdf",
    });
    expect(compileWhatsAppMessage(message)).toEqual({
      ok: true,
      value: {
        type: "document",
        document: { link: "https://cdn.example.com/menu.pdf?v=3", caption: "Our menu", filename: "menu.pdf" },
      },
    });
  });

  it("renders an image by link and leaves out a blank caption", () => {
    expect(compileWhatsAppMessage(media("image", { caption: " " }))).toEqual({
      ok: true,
      value: { type: "image", image: { link: "https://cdn.example.com/files/spring-2026" } },
    });
  });
});
