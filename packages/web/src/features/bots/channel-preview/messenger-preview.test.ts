import { describe, expect, it } from "vitest";
import { messengerPreview } from "./messenger-preview";

const postback = (n: number) => ({ type: "postback", title: `Option ${n}`, payload: `o${n}` });

describe("messengerPreview", () => {
  it("shows a text with quick replies as chips", () => {
    const payload = {
      text: "Pick one",
      quick_replies: [1, 2, 3, 4, 5].map((n) => ({
        content_type: "text",
        title: `Option ${n}`,
        payload: `o${n}`,
      })),
    };
    expect(messengerPreview(payload)).toEqual([
      {
        form: "quick_replies",
        cards: [{ lines: ["Pick one"], buttons: [] }],
        quickReplies: ["Option 1", "Option 2", "Option 3", "Option 4", "Option 5"],
      },
    ]);
  });

  it("shows a button template as one card with its buttons", () => {
    const payload = {
      attachment: {
        type: "template",
        payload: {
          template_type: "button",
          text: "Pick one",
          buttons: [postback(1), postback(2), postback(3)],
        },
      },
    };
    expect(messengerPreview(payload)).toEqual([
      {
        form: "button_template",
        cards: [{ lines: ["Pick one"], buttons: ["Option 1", "Option 2", "Option 3"] }],
        quickReplies: [],
      },
    ]);
  });

  it("shows each generic template element as a card", () => {
    const payload = {
      attachment: {
        type: "template",
        payload: {
          template_type: "generic",
          elements: [
            {
              title: "Hydrating facial",
              subtitle: "60 minutes",
              image_url: "https://cdn.example.com/facial.jpg",
              default_action: { type: "web_url", url: "https://example.com/facial" },
              buttons: [{ type: "web_url", title: "Book", url: "https://example.com/book" }],
            },
            { title: "Brow shaping", subtitle: "20 minutes" },
          ],
        },
      },
    };
    const [bubble] = messengerPreview(payload);
    expect(bubble?.form).toBe("generic_template");
    expect(bubble?.cards).toEqual([
      {
        title: "Hydrating facial",
        imageUrl: "https://cdn.example.com/facial.jpg",
        lines: ["60 minutes"],
        buttons: ["Book"],
      },
      { title: "Brow shaping", lines: ["20 minutes"], buttons: [] },
    ]);
  });

  it("shows a plain text and an image attachment", () => {
    expect(messengerPreview({ text: "Hello" })[0]?.form).toBe("text");
    const image = messengerPreview({
      attachment: { type: "image", payload: { url: "https://cdn.example.com/a.jpg", is_reusable: true } },
    });
    expect(image[0]).toMatchObject({ form: "media", cards: [{ imageUrl: "https://cdn.example.com/a.jpg" }] });
  });

  it("keeps an unknown payload visible as one other bubble", () => {
    expect(messengerPreview("nonsense")).toEqual([{ form: "other", cards: [], quickReplies: [] }]);
  });
});
