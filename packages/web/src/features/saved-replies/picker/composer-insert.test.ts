import { describe, expect, it } from "vitest";
import { composerInsertOf } from "./composer-insert";

describe("composerInsertOf", () => {
  it("puts a text reply into the text input", () => {
    expect(composerInsertOf({ kind: "text", text: "Hi Mei Lin" })).toEqual({
      mode: "text",
      text: "Hi Mei Lin",
      draft: null,
      partial: false,
    });
  });

  it("puts choices into the choices editor with their ids, style and list button", () => {
    const inserted = composerInsertOf({
      kind: "choices",
      body: "Which counter, Mei Lin?",
      style: "list",
      listButton: "Counters",
      sections: [
        {
          options: [
            { id: "a11", title: "Shin Kong A11", description: "3F" },
            { id: "sogo", title: "SOGO" },
          ],
        },
      ],
    });
    expect(inserted).toMatchObject({ mode: "choices", text: "Which counter, Mei Lin?", partial: false });
    expect(inserted.draft).toMatchObject({
      style: "list",
      listButton: "Counters",
      options: [
        { id: "a11", title: "Shin Kong A11", description: "3F", idEdited: true },
        { id: "sogo", title: "SOGO", description: "", idEdited: true },
      ],
    });
  });

  it("says when choices parts the editor cannot hold were left out", () => {
    const inserted = composerInsertOf({
      kind: "choices",
      body: "Pick",
      footer: "Lumière",
      style: "auto",
      sections: [
        { title: "Taipei", options: [{ id: "a", title: "A" }] },
        { title: "Taichung", options: [{ id: "b", title: "B" }] },
      ],
    });
    expect(inserted.partial).toBe(true);
    expect(inserted.draft?.options.map((option) => option.id)).toEqual(["a", "b"]);
  });

  it("keeps only the text of kinds the composer cannot write", () => {
    expect(
      composerInsertOf({
        kind: "media",
        mediaType: "image",
        source: { url: "https://example.com/a.png" },
        caption: "Our new shade",
      }),
    ).toEqual({ mode: "text", text: "Our new shade", draft: null, partial: true });
    expect(composerInsertOf({ kind: "location", latitude: 25, longitude: 121 }).text).toBe("");
  });
});
