import { describe, expect, it } from "vitest";
import { linePreview } from "./line-preview";

const action = (n: number) => ({
  type: "postback",
  label: `Option ${n}`,
  data: JSON.stringify({ choice: `o${n}`, title: `Option ${n}` }),
  displayText: `Option ${n}`,
});
const flexButton = (n: number) => ({
  type: "button",
  style: "secondary",
  height: "sm",
  margin: "md",
  action: action(n),
});
const text = (value: string) => ({ type: "text", text: value, wrap: true });

describe("linePreview", () => {
  it("shows a text with a quick reply as chips", () => {
    const payload = {
      messages: [
        {
          type: "text",
          text: "Pick one",
          quickReply: { items: [1, 2, 3, 4, 5].map((n) => ({ type: "action", action: action(n) })) },
        },
      ],
    };
    expect(linePreview(payload)).toEqual([
      {
        form: "quick_replies",
        cards: [{ lines: ["Pick one"], buttons: [] }],
        quickReplies: ["Option 1", "Option 2", "Option 3", "Option 4", "Option 5"],
      },
    ]);
  });

  it("shows buttons and confirm templates with their actions", () => {
    const payload = {
      messages: [
        {
          type: "template",
          altText: "Pick one",
          template: {
            type: "buttons",
            title: "Menu",
            text: "Pick one",
            actions: [action(1), action(2), action(3)],
          },
        },
        {
          type: "template",
          altText: "Sure?",
          template: { type: "confirm", text: "Sure?", actions: [action(1), action(2)] },
        },
      ],
    };
    expect(linePreview(payload)).toEqual([
      {
        form: "buttons",
        cards: [{ title: "Menu", lines: ["Pick one"], buttons: ["Option 1", "Option 2", "Option 3"] }],
        quickReplies: [],
      },
      { form: "confirm", cards: [{ lines: ["Sure?"], buttons: ["Option 1", "Option 2"] }], quickReplies: [] },
    ]);
  });

  it("shows a carousel template after its body text, one card per column", () => {
    const payload = {
      messages: [
        { type: "text", text: "Pick one" },
        {
          type: "template",
          altText: "Pick one",
          template: {
            type: "carousel",
            columns: [1, 2].map((n) => ({ title: `Option ${n}`, text: `About ${n}`, actions: [action(n)] })),
          },
        },
      ],
    };
    const [intro, carousel] = linePreview(payload);
    expect(intro?.form).toBe("text");
    expect(carousel?.form).toBe("carousel");
    expect(carousel?.cards).toEqual([
      { title: "Option 1", lines: ["About 1"], buttons: ["Option 1"] },
      { title: "Option 2", lines: ["About 2"], buttons: ["Option 2"] },
    ]);
  });

  it("reads a Flex bubble's header, body texts, buttons and footer in order", () => {
    const payload = {
      messages: [
        {
          type: "flex",
          altText: "Pick",
          contents: {
            type: "bubble",
            header: { type: "box", layout: "vertical", contents: [text("Menu")] },
            hero: { type: "image", url: "https://cdn.example.com/hero.jpg", size: "full" },
            body: {
              type: "box",
              layout: "vertical",
              contents: [text("Pick"), text("Face"), flexButton(1), text("About 1"), flexButton(2)],
            },
            footer: { type: "box", layout: "vertical", contents: [text("Tap one")] },
          },
        },
      ],
    };
    expect(linePreview(payload)).toEqual([
      {
        form: "flex",
        cards: [
          {
            title: "Menu",
            imageUrl: "https://cdn.example.com/hero.jpg",
            lines: ["Pick", "Face", "About 1", "Tap one"],
            buttons: ["Option 1", "Option 2"],
          },
        ],
        quickReplies: [],
      },
    ]);
  });

  it("shows a Flex carousel as one card per bubble", () => {
    const bubble = (numbers: number[]) => ({
      type: "bubble",
      body: { type: "box", layout: "vertical", contents: numbers.map(flexButton) },
    });
    const payload = {
      messages: [
        {
          type: "flex",
          altText: "Pick",
          contents: { type: "carousel", contents: [bubble([1, 2]), bubble([3])] },
        },
      ],
    };
    expect(linePreview(payload)[0]?.cards.map((card) => card.buttons)).toEqual([
      ["Option 1", "Option 2"],
      ["Option 3"],
    ]);
  });

  it("gives nothing for a payload without messages", () => {
    expect(linePreview({})).toEqual([]);
    expect(linePreview(null)).toEqual([]);
  });
});
