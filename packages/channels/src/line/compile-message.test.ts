// The LINE payloads of the non-choice kinds, and the kinds LINE cannot show.
import type { OutboundMessage } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { compileLineMessage } from "./compile-message.js";
import { messagesOf, violationsOf } from "./limit-cases.test-support.js";

const JPG = "https://cdn.example.com/photos/table.jpg";
const image = (patch: Partial<Extract<OutboundMessage, { kind: "media" }>> = {}): OutboundMessage => ({
  kind: "media",
  mediaType: "image",
  source: { url: JPG },
  ...patch,
});

describe("text", () => {
  it("becomes one text message", () => {
    expect(compileLineMessage({ kind: "text", text: "你好 👋" })).toEqual({
      ok: true,
      value: { messages: [{ type: "text", text: "你好 👋" }] },
    });
  });

  it("refuses a blank text", () => {
    expect(violationsOf({ kind: "text", text: "  " })).toEqual([
      { path: "text", rule: "required", message: "text: required, LINE refuses it empty" },
    ]);
  });
});

describe("media", () => {
  it("an image previews itself; a caption follows as a text", () => {
    expect(messagesOf(image({ caption: "Your table" }))).toEqual([
      { type: "image", originalContentUrl: JPG, previewImageUrl: JPG },
      { type: "text", text: "Your table" },
    ]);
  });

  it("takes a separate preview image when given", () => {
    const preview = "https://cdn.example.com/photos/table-small.jpg";
    expect(messagesOf(image(), { previewImageUrl: preview })).toEqual([
      { type: "image", originalContentUrl: JPG, previewImageUrl: preview },
    ]);
  });

  it("needs HTTPS URLs and refuses media ids", () => {
    expect(violationsOf(image({ source: { url: "http://cdn.example.com/a.jpg" } }))).toEqual([
      expect.objectContaining({ path: "source.url", rule: "format" }),
    ]);
    expect(violationsOf(image({ source: { mediaId: "1234567890" } }))).toEqual([
      expect.objectContaining({ path: "source.mediaId", rule: "not_allowed" }),
    ]);
    expect(violationsOf(image(), { previewImageUrl: "ftp://cdn.example.com/a.jpg" })).toEqual([
      expect.objectContaining({ path: "source", rule: "format" }),
    ]);
  });

  it("a video needs a preview image, an audio its length", () => {
    const video = image({ mediaType: "video", source: { url: "https://cdn.example.com/a.mp4" } });
    expect(violationsOf(video)).toEqual([
      expect.objectContaining({
        path: "source",
        rule: "required",
        message: expect.stringContaining("previewImageUrl"),
      }),
    ]);
    expect(messagesOf(video, { previewImageUrl: JPG })).toEqual([
      { type: "video", originalContentUrl: "https://cdn.example.com/a.mp4", previewImageUrl: JPG },
    ]);
    const audio = image({ mediaType: "audio", source: { url: "https://cdn.example.com/a.m4a" } });
    expect(violationsOf(audio)).toEqual([
      expect.objectContaining({
        path: "source",
        rule: "required",
        message: expect.stringContaining("audioDurationMs"),
      }),
    ]);
    expect(violationsOf(audio, { audioDurationMs: 0 })).toHaveLength(1);
    expect(messagesOf(audio, { audioDurationMs: 4100 })).toEqual([
      { type: "audio", originalContentUrl: "https://cdn.example.com/a.m4a", duration: 4100 },
    ]);
  });

  it.each(["document", "sticker"] as const)("refuses a %s", (mediaType) => {
    expect(violationsOf(image({ mediaType }))).toEqual([
      expect.objectContaining({ path: "mediaType", rule: "not_allowed" }),
    ]);
  });

  it("refuses a file name, which LINE would not show", () => {
    expect(violationsOf(image({ filename: "table.jpg" }))).toEqual([
      expect.objectContaining({ path: "filename", rule: "not_allowed" }),
    ]);
  });
});

describe("location", () => {
  it("fills the title and address LINE requires from each other, or from the coordinates", () => {
    const at = { kind: "location" as const, latitude: 25.033964, longitude: 121.564472 };
    expect(messagesOf({ ...at, name: "台北101", address: "信義路五段7號" })).toEqual([
      {
        type: "location",
        title: "台北101",
        address: "信義路五段7號",
        latitude: 25.033964,
        longitude: 121.564472,
      },
    ]);
    expect(messagesOf({ ...at, name: "台北101" })[0]).toMatchObject({ title: "台北101", address: "台北101" });
    expect(messagesOf({ ...at, address: "信義路" })[0]).toMatchObject({ title: "信義路", address: "信義路" });
    expect(messagesOf(at)[0]).toMatchObject({
      title: "25.033964, 121.564472",
      address: "25.033964, 121.564472",
    });
  });

  it("refuses coordinates out of range", () => {
    expect(violationsOf({ kind: "location", latitude: 91, longitude: -181 }).map((v) => v.path)).toEqual([
      "latitude",
      "longitude",
    ]);
  });
});

describe("location request", () => {
  it("is a text with one quick reply opening the location picker", () => {
    expect(messagesOf({ kind: "location_request", body: "Where should we deliver?" })).toEqual([
      {
        type: "text",
        text: "Where should we deliver?",
        quickReply: { items: [{ type: "action", action: { type: "location", label: "Send location" } }] },
      },
    ]);
  });

  it("takes the label from the options, within 20", () => {
    const message = { kind: "location_request" as const, body: "Where?" };
    expect(messagesOf(message, { locationRequestLabel: "傳送位置" })[0]).toMatchObject({
      quickReply: { items: [{ action: { label: "傳送位置" } }] },
    });
    expect(violationsOf(message, { locationRequestLabel: "x".repeat(21) })).toEqual([
      expect.objectContaining({ path: "locationRequestLabel", rule: "max_length", limit: 20 }),
    ]);
  });
});

describe("call to action", () => {
  const cta = {
    kind: "cta_url" as const,
    body: "See our menu",
    buttonText: "Open menu",
    url: "https://example.com/menu",
  };

  it("is a buttons template with one uri action", () => {
    expect(messagesOf({ ...cta, header: { type: "text", text: "Menu" } })).toEqual([
      {
        type: "template",
        altText: "See our menu",
        template: {
          type: "buttons",
          title: "Menu",
          text: "See our menu",
          actions: [{ type: "uri", label: "Open menu", uri: "https://example.com/menu" }],
        },
      },
    ]);
  });

  it("is a Flex bubble when it has a footer, which templates cannot show", () => {
    const [message] = messagesOf({ ...cta, footer: "Open 9–21" });
    expect(message).toMatchObject({ type: "flex", altText: "See our menu", contents: { type: "bubble" } });
    expect(JSON.stringify(message)).toContain("Open 9–21");
    expect(JSON.stringify(message)).toContain('"uri":"https://example.com/menu"');
  });

  it.each(["tel:+886212345678", "line://nv/location", "http://example.com"])("opens %s", (url) => {
    expect(violationsOf({ ...cta, url })).toEqual([]);
  });

  it.each(["ftp://example.com/menu", "example.com/menu", " https://example.com", "javascript:alert(1)"])(
    "refuses to open %j",
    (url) => {
      expect(violationsOf({ ...cta, url })).toEqual([
        expect.objectContaining({ path: "url", rule: "format" }),
      ]);
    },
  );
});

describe("kinds LINE cannot show", () => {
  it.each<OutboundMessage>([
    { kind: "contacts", contacts: [{ formattedName: "Mei Lin" }] },
    { kind: "reaction", targetMessageId: "549872013617086501", emoji: "👍" },
    { kind: "product", catalogId: "c1", productId: "p1" },
    {
      kind: "product_list",
      catalogId: "c1",
      header: "H",
      body: "B",
      sections: [{ title: "S", productIds: ["p1"] }],
    },
    { kind: "flow", body: "Book", cta: "Open" },
    { kind: "template", name: "order_confirmation", language: "en_US" },
  ])("refuses $kind on its kind", (message) => {
    const violations = violationsOf(message);
    expect(violations).toEqual([expect.objectContaining({ path: "kind", rule: "not_allowed" })]);
    expect(violations[0]?.message).toMatch(/^kind: /);
  });
});
