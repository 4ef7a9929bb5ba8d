// Which LINE form a choice becomes, what each form looks like, and what each form refuses.
import { describe, expect, it } from "vitest";
import { readChoicePostback } from "./choice-postback.js";
import { chooseLineChoiceForm } from "./compile-choices.js";
import { choice, messagesOf, options, violationsOf, type Choices } from "./limit-cases.test-support.js";

const described = (count: number) =>
  options(count).map((option, i) => ({ ...option, description: `Detail ${i}` }));
const IMAGE = { type: "image" as const, source: { url: "https://cdn.example.com/menu.jpg" } };

describe("chooseLineChoiceForm", () => {
  it.each<[string, Choices, string]>([
    ["2 plain options", choice(2), "confirm"],
    ["2 options under a header", choice(2, { header: { type: "text", text: "Table?" } }), "buttons"],
    ["1 option", choice(1), "buttons"],
    ["3 options", choice(3), "buttons"],
    ["4 options with an image", choice(4, { header: IMAGE }), "buttons"],
    ["5 options", choice(5), "quick_reply"],
    ["13 options", choice(13), "quick_reply"],
    ["14 options", choice(14), "flex"],
    ["5 options under a header", choice(5, { header: { type: "text", text: "Menu" } }), "flex"],
    ["3 options and a footer", choice(3, { footer: "Reply any time" }), "flex"],
    [
      "3 options in a titled section",
      choice(0, { sections: [{ title: "Today", options: options(3) }] }),
      "flex",
    ],
    ["3 options with descriptions", choice(0, { sections: [{ options: described(3) }] }), "carousel"],
    ["10 options with descriptions", choice(0, { sections: [{ options: described(10) }] }), "carousel"],
    ["11 options with descriptions", choice(0, { sections: [{ options: described(11) }] }), "flex"],
    [
      "some options with descriptions",
      choice(0, { sections: [{ options: [...described(1), ...options(2, "x")] }] }),
      "flex",
    ],
    ["style buttons with 9 options", choice(9, { style: "buttons" }), "buttons"],
    ["style list with 2 options", choice(2, { style: "list" }), "flex"],
  ])("%s → %s", (_, message, form) => {
    expect(chooseLineChoiceForm(message)).toBe(form);
  });
});

describe("choice forms", () => {
  it("a confirm template: the body as text, two postback buttons", () => {
    const [message] = messagesOf(choice(2, { body: "Keep your booking on 週二?" }));
    expect(message).toEqual({
      type: "template",
      altText: "Keep your booking on 週二?",
      template: {
        type: "confirm",
        text: "Keep your booking on 週二?",
        actions: [
          {
            type: "postback",
            label: "Option 0",
            data: '{"choice":"opt_0","title":"Option 0"}',
            displayText: "Option 0",
          },
          {
            type: "postback",
            label: "Option 1",
            data: '{"choice":"opt_1","title":"Option 1"}',
            displayText: "Option 1",
          },
        ],
      },
    });
  });

  it("a buttons template with the header as title or thumbnail", () => {
    const [titledMessage] = messagesOf(choice(3, { header: { type: "text", text: "預約" } }));
    expect(titledMessage).toMatchObject({
      type: "template",
      template: { type: "buttons", title: "預約", text: "Pick a time" },
    });
    const [withImage] = messagesOf(choice(3, { header: IMAGE }));
    expect(withImage).toMatchObject({
      template: { type: "buttons", thumbnailImageUrl: "https://cdn.example.com/menu.jpg" },
    });
  });

  it("quick replies under the body, each tap sending back its id and title", () => {
    const [message] = messagesOf(
      choice(0, { sections: [{ options: [...options(4), { id: "tw", title: "台北 🌙" }] }] }),
    );
    expect(message).toMatchObject({ type: "text", text: "Pick a time" });
    if (message?.type !== "text") return;
    const items = message.quickReply?.items ?? [];
    expect(items).toHaveLength(5);
    expect(items[4]).toEqual({
      type: "action",
      action: {
        type: "postback",
        label: "台北 🌙",
        data: '{"choice":"tw","title":"台北 🌙"}',
        displayText: "台北 🌙",
      },
    });
    const action = items[4]?.action;
    expect(action?.type === "postback" ? readChoicePostback(action.data ?? "") : undefined).toEqual({
      optionId: "tw",
      title: "台北 🌙",
    });
  });

  it("a carousel template after the body: one column per described option", () => {
    const messages = messagesOf(choice(0, { sections: [{ options: described(3) }] }));
    expect(messages).toHaveLength(2);
    expect(messages[0]).toEqual({ type: "text", text: "Pick a time" });
    expect(messages[1]).toMatchObject({
      type: "template",
      altText: "Pick a time",
      template: {
        type: "carousel",
        columns: [
          { title: "Option 0", text: "Detail 0", actions: [{ type: "postback", label: "Option 0" }] },
          { title: "Option 1", text: "Detail 1" },
          { title: "Option 2", text: "Detail 2" },
        ],
      },
    });
  });

  it("Flex: one bubble for a few options, with header, body, descriptions and footer in place", () => {
    const [message] = messagesOf(
      choice(0, {
        style: "list",
        header: { type: "text", text: "Menu" },
        footer: "Prices include tax",
        sections: [{ title: "Drinks", options: described(2) }],
      }),
    );
    expect(message).toMatchObject({ type: "flex", altText: "Pick a time", contents: { type: "bubble" } });
    const text = JSON.stringify(message);
    for (const shown of ["Menu", "Pick a time", "Drinks", "Detail 0", "Detail 1", "Prices include tax"]) {
      expect(text).toContain(shown);
    }
  });

  it("Flex: a carousel with a bubble per ten options of each section, header on the first, footer on the last", () => {
    const [message] = messagesOf(
      choice(0, {
        style: "list",
        header: IMAGE,
        footer: "Tap one",
        sections: [
          { title: "Morning", options: options(12, "am") },
          { title: "Evening", options: options(3, "pm") },
        ],
      }),
    );
    if (message?.type !== "flex" || message.contents.type !== "carousel")
      throw new Error("expected a Flex carousel");
    const bubbles = message.contents.contents;
    expect(bubbles).toHaveLength(3);
    expect(bubbles.map((b) => b.body?.contents.filter((c) => c.type === "button").length)).toEqual([
      10, 2, 3,
    ]);
    expect(bubbles.map((b) => b.hero !== undefined)).toEqual([true, false, false]);
    expect(bubbles.map((b) => b.footer !== undefined)).toEqual([false, false, true]);
    expect(JSON.stringify(bubbles[1])).toContain("Morning");
    expect(JSON.stringify(bubbles[2])).toContain("Evening");
  });
});

describe("choice refusals", () => {
  it("a buttons template refuses what it cannot show instead of dropping it", () => {
    const message = choice(0, {
      style: "buttons",
      footer: "Thanks",
      sections: [{ title: "Today", options: [{ id: "a", title: "A", description: "first" }] }],
    });
    expect(violationsOf(message).map((v) => [v.path, v.rule])).toEqual([
      ["footer", "not_allowed"],
      ["sections[0].title", "not_allowed"],
      ["sections[0].options[0].description", "not_allowed"],
    ]);
  });

  it("a video or document header is refused", () => {
    const video = choice(3, { header: { type: "video", source: { url: "https://cdn.example.com/a.mp4" } } });
    expect(violationsOf(video)).toEqual([expect.objectContaining({ path: "header", rule: "not_allowed" })]);
    const list = { ...video, style: "list" as const };
    expect(violationsOf(list)).toEqual([expect.objectContaining({ path: "header", rule: "not_allowed" })]);
  });

  it("ids must be present, without surrounding spaces, and unique", () => {
    const message = choice(0, {
      sections: [
        {
          options: [
            { id: "", title: "A" },
            { id: " b", title: "B" },
            { id: "c", title: "C" },
            { id: "c", title: "D" },
          ],
        },
      ],
    });
    expect(violationsOf(message).map((v) => [v.path, v.rule])).toEqual([
      ["sections[0].options[0].id", "required"],
      ["sections[0].options[1].id", "no_surrounding_spaces"],
      ["sections[0].options[3].id", "unique"],
    ]);
  });

  it("a choice without options, and a Flex section without options, are refused", () => {
    expect(violationsOf(choice(0))).toEqual([
      expect.objectContaining({ path: "sections[0].options", rule: "min_items", limit: 1, actual: 0 }),
    ]);
    const emptySection = choice(0, {
      style: "list",
      sections: [
        { title: "A", options: options(2) },
        { title: "B", options: [] },
      ],
    });
    expect(violationsOf(emptySection)).toEqual([
      expect.objectContaining({ path: "sections[1].options", rule: "min_items" }),
    ]);
  });

  it("names the field, the count and the limit; lists every violation and leaves the message as it was", () => {
    const message = choice(0, {
      style: "buttons",
      body: "b".repeat(161),
      sections: [{ options: [{ id: "a", title: "t".repeat(21) }, ...options(4)] }],
    });
    const before = structuredClone(message);
    expect(violationsOf(message)).toEqual([
      {
        path: "sections[0].options[0].title",
        rule: "max_length",
        message: "sections[0].options[0].title: 21 characters (the button label), LINE allows 20",
        limit: 20,
        actual: 21,
      },
      {
        path: "body",
        rule: "max_length",
        message: "body: 161 characters (the text of a buttons template), LINE allows 160",
        limit: 160,
        actual: 161,
      },
      {
        path: "sections[0].options",
        rule: "max_items",
        message: "sections[0].options: 5 options for a buttons template, LINE allows 4",
        limit: 4,
        actual: 5,
      },
    ]);
    expect(message).toEqual(before);
  });
});
