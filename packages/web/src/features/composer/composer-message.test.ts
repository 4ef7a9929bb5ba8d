import { describe, expect, it } from "vitest";
import { buildComposerMessage, canSendDraft, draftsAfterSend, newComposerDrafts } from "./composer-message";

const filled = () => {
  const drafts = newComposerDrafts();
  return {
    ...drafts,
    media: { ...drafts.media, url: "https://shop.example/a.jpg" },
    product: { ...drafts.product, catalogId: "c1", productId: "p1" },
  };
};

describe("the composer's message", () => {
  it("uses the main input as the text, the caption or the body, by mode", () => {
    const drafts = filled();
    expect(buildComposerMessage("text", "Hi", drafts).message).toEqual({ kind: "text", text: "Hi" });
    expect(buildComposerMessage("media", "Look", drafts).message).toMatchObject({
      kind: "media",
      caption: "Look",
    });
    expect(buildComposerMessage("product", "This one", drafts).message).toMatchObject({
      kind: "product",
      body: "This one",
    });
    expect(buildComposerMessage("choices", "Pick one", drafts).message).toMatchObject({
      kind: "choices",
      body: "Pick one",
    });
  });

  it("turns the send button on only when the mode has what it needs", () => {
    const empty = newComposerDrafts();
    expect(canSendDraft("text", " ", empty)).toBe(false);
    expect(canSendDraft("note", "n", empty)).toBe(true);
    expect(canSendDraft("media", "caption only", empty)).toBe(false);
    expect(canSendDraft("media", "", filled())).toBe(true);
    expect(canSendDraft("product", "", empty)).toBe(false);
    expect(canSendDraft("product", "", filled())).toBe(true);
    expect(canSendDraft("choices", "", empty)).toBe(true);
    expect(canSendDraft("template", "text", filled())).toBe(false);
  });

  it("starts over only the editor whose message went out", () => {
    const drafts = filled();
    const after = draftsAfterSend("media", drafts);
    expect(after.media.url).toBe("");
    expect(after.product).toBe(drafts.product);
    expect(draftsAfterSend("text", drafts)).toBe(drafts);
  });
});
