import { describe, expect, it } from "vitest";
import { acceptsChoicesImage, composerModesFor, effectiveMode } from "./composer-modes";

describe("the composer's modes", () => {
  it("offers products and templates on WhatsApp only", () => {
    expect(composerModesFor("whatsapp", "open")).toEqual([
      "text",
      "choices",
      "media",
      "product",
      "template",
      "note",
    ]);
    for (const channel of ["messenger", "instagram", "line", "webchat"] as const) {
      expect(composerModesFor(channel, "open")).toEqual(["text", "choices", "media", "note"]);
    }
    expect(composerModesFor("messenger", "server_decides")).toEqual(["text", "choices", "media", "note"]);
  });

  it("offers only templates and notes once WhatsApp's window has closed", () => {
    expect(composerModesFor("whatsapp", "templates_only")).toEqual(["template", "note"]);
  });

  it("gives way to a template when the chosen mode is no longer offered", () => {
    const closed = composerModesFor("whatsapp", "templates_only");
    expect(effectiveMode("media", closed)).toBe("template");
    expect(effectiveMode("product", closed)).toBe("template");
    expect(effectiveMode("note", closed)).toBe("note");
    expect(effectiveMode("product", composerModesFor("line", "open"))).toBe("text");
    expect(effectiveMode("media", composerModesFor("line", "open"))).toBe("media");
  });

  it("offers an image above choices where the channel shows one", () => {
    expect((["whatsapp", "line", "webchat"] as const).every(acceptsChoicesImage)).toBe(true);
    expect(acceptsChoicesImage("messenger")).toBe(false);
    expect(acceptsChoicesImage("instagram")).toBe(false);
    expect(acceptsChoicesImage(null)).toBe(false);
  });
});
