import { describe, expect, it } from "vitest";
import { messengerPreview } from "./messenger-preview";
import { whatsAppPreview } from "./whatsapp-preview";

const mediaCard = (n: number) => ({
  card_index: n,
  type: "cta_url",
  header: { type: "image", image: { link: `https://shop.example/${n}.jpg` } },
  body: { text: `Shade ${n}` },
  action: { name: "cta_url", parameters: { display_text: "Shop", url: "https://shop.example" } },
});

describe("whatsAppPreview", () => {
  it("shows a media carousel: the body, then one card per cta card", () => {
    const payload = {
      type: "interactive",
      interactive: {
        type: "carousel",
        body: { text: "New shades" },
        action: { cards: [mediaCard(1), mediaCard(2)] },
      },
    };
    expect(whatsAppPreview(payload)).toEqual([
      {
        form: "media_carousel",
        cards: [
          { lines: ["New shades"], buttons: [] },
          { imageUrl: "https://shop.example/1.jpg", lines: ["Shade 1"], buttons: ["Shop"] },
          { imageUrl: "https://shop.example/2.jpg", lines: ["Shade 2"], buttons: ["Shop"] },
        ],
        quickReplies: [],
      },
    ]);
  });

  it("shows a split carousel as one bubble per message, in order", () => {
    const payload = {
      sequence: [
        { type: "text", text: { body: "Want one?" } },
        {
          type: "interactive",
          interactive: {
            type: "button",
            header: { type: "image", image: { link: "https://shop.example/1.jpg" } },
            body: { text: "Shade 1" },
            action: { buttons: [{ type: "reply", reply: { id: "want", title: "I want it" } }] },
          },
        },
      ],
    };
    expect(whatsAppPreview(payload).map((bubble) => bubble.form)).toEqual(["text", "reply_buttons"]);
    expect(whatsAppPreview(payload)[1]?.cards[0]?.buttons).toEqual(["I want it"]);
  });
});

describe("messengerPreview of several messages", () => {
  it("shows the body text, then the generic template's cards", () => {
    const payload = {
      sequence: [
        { text: "Our picks" },
        {
          attachment: {
            type: "template",
            payload: { template_type: "generic", elements: [{ title: "Primer", subtitle: "Matte" }] },
          },
        },
      ],
    };
    expect(messengerPreview(payload)).toEqual([
      { form: "text", cards: [{ lines: ["Our picks"], buttons: [] }], quickReplies: [] },
      {
        form: "generic_template",
        cards: [{ title: "Primer", lines: ["Matte"], buttons: [] }],
        quickReplies: [],
      },
    ]);
  });
});
