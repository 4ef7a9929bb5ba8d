import { describe, expect, it } from "vitest";
import { webchatPreview } from "./webchat-preview";

const option = (n: number) => ({ id: `o${n}`, title: `Option ${n}` });

describe("webchatPreview", () => {
  it("shows a text as one plain bubble", () => {
    expect(webchatPreview({ message: { type: "text", text: "Hello there" } })).toEqual([
      { form: "text", cards: [{ lines: ["Hello there"], buttons: [] }], quickReplies: [] },
    ]);
  });

  it("shows inline choices as reply buttons under the header, body and footer", () => {
    const payload = {
      message: {
        type: "choices",
        style: "buttons",
        header: { type: "text", value: "Menu" },
        body: "Pick one",
        footer: "Tap a button",
        sections: [{ options: [option(1), option(2), option(3)] }],
      },
    };
    expect(webchatPreview(payload)).toEqual([
      {
        form: "reply_buttons",
        cards: [
          {
            title: "Menu",
            lines: ["Pick one", "Tap a button"],
            buttons: ["Option 1", "Option 2", "Option 3"],
          },
        ],
        quickReplies: [],
      },
    ]);
  });

  it("shows a list with its button and every section's options", () => {
    const payload = {
      message: {
        type: "choices",
        style: "list",
        header: { type: "image", value: "https://cdn.example.com/menu.jpg" },
        body: "Pick one",
        listButton: "See options",
        sections: [
          { title: "First", options: [option(1), option(2)] },
          { title: "Second", options: [{ ...option(3), description: "The third" }] },
        ],
      },
    };
    expect(webchatPreview(payload)).toEqual([
      {
        form: "list",
        cards: [
          { imageUrl: "https://cdn.example.com/menu.jpg", lines: ["Pick one"], buttons: ["See options"] },
        ],
        quickReplies: ["Option 1", "Option 2", "Option 3"],
      },
    ]);
  });

  it("shows a card carousel after its body, one card per entry with its buttons", () => {
    const payload = {
      message: {
        type: "carousel",
        body: "Our picks",
        cards: [1, 2].map((n) => ({
          title: `Shoe ${n}`,
          subtitle: `About ${n}`,
          imageUrl: `https://cdn.example.com/${n}.jpg`,
          buttons: [
            { type: "reply", id: `buy${n}`, title: "Buy" },
            { type: "url", title: "Details", url: `https://shop.example.com/${n}` },
          ],
        })),
      },
    };
    const [carousel] = webchatPreview(payload);
    expect(carousel?.form).toBe("card_carousel");
    expect(carousel?.cards).toEqual([
      { lines: ["Our picks"], buttons: [] },
      {
        title: "Shoe 1",
        imageUrl: "https://cdn.example.com/1.jpg",
        lines: ["About 1"],
        buttons: ["Buy", "Details"],
      },
      {
        title: "Shoe 2",
        imageUrl: "https://cdn.example.com/2.jpg",
        lines: ["About 2"],
        buttons: ["Buy", "Details"],
      },
    ]);
  });

  it("shows a link button, media, a location and a card with their texts", () => {
    const bubbles = [
      { type: "cta", body: "Read more", buttonText: "Open", url: "https://shop.example.com" },
      { type: "media", mediaType: "image", url: "https://cdn.example.com/a.jpg", caption: "New in" },
      { type: "media", mediaType: "document", url: "https://cdn.example.com/a.pdf", filename: "menu.pdf" },
      {
        type: "location",
        latitude: 25.03,
        longitude: 121.56,
        name: "Shop",
        address: "1 Main St",
        mapUrl: "https://www.openstreetmap.org/?mlat=25.03&mlon=121.56",
      },
      { type: "card", header: "Order", body: "Your order shipped", label: "Track" },
    ].flatMap((message) => webchatPreview({ message }));
    expect(bubbles.map((bubble) => bubble.form)).toEqual(["cta_url", "media", "media", "location", "card"]);
    expect(bubbles.map((bubble) => bubble.cards)).toEqual([
      [{ lines: ["Read more"], buttons: ["Open"] }],
      [{ title: "image", imageUrl: "https://cdn.example.com/a.jpg", lines: ["New in"], buttons: [] }],
      [{ title: "document", lines: ["menu.pdf"], buttons: [] }],
      [{ title: "Shop", lines: ["1 Main St"], buttons: [] }],
      [{ title: "Order", lines: ["Your order shipped"], buttons: ["Track"] }],
    ]);
  });

  it("shows an unknown or missing message as one other bubble", () => {
    expect(webchatPreview({ message: { type: "hologram" } })).toEqual([
      { form: "other", cards: [{ lines: ["hologram"], buttons: [] }], quickReplies: [] },
    ]);
    expect(webchatPreview({})).toEqual([{ form: "other", cards: [], quickReplies: [] }]);
    expect(webchatPreview(null)).toEqual([{ form: "other", cards: [], quickReplies: [] }]);
  });
});
