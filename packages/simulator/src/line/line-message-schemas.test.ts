import { describe, expect, it } from "vitest";
import { lineIssuesError } from "./line-issues.js";
import { lineMessagesSchema } from "./line-message-schemas.js";

/** `n` characters: ASCII, CJK (one UTF-16 unit each) or emoji (two units each). */
const strings = {
  ascii: (n: number) => "a".repeat(n),
  cjk: (n: number) => "語".repeat(n),
  emoji: (n: number) => "😀".repeat(Math.floor(n / 2)) + (n % 2 === 1 ? "a" : ""),
};

type Detail = { message: string; property: string };

/** LINE's details for `messages`, or [] when they are valid. */
function details(messages: unknown[]): Detail[] {
  const parsed = lineMessagesSchema.safeParse(messages);
  if (parsed.success) return [];
  return lineIssuesError(parsed.error.issues, messages).details.map((d) => ({
    ...d,
    property: `messages${d.property}`,
  }));
}

const postback = (label: string, data = "d", displayText?: string) => ({
  type: "postback",
  label,
  data,
  ...(displayText === undefined ? {} : { displayText }),
});
const buttons = (text: string, actions: unknown[], extra: Record<string, unknown> = {}) => ({
  type: "template",
  altText: "Choose",
  template: { type: "buttons", text, actions, ...extra },
});
const column = (text: string, actions: unknown[] = [postback("A")], extra: Record<string, unknown> = {}) => ({
  text,
  actions,
  ...extra,
});
const carousel = (columns: unknown[]) => ({
  type: "template",
  altText: "Choose",
  template: { type: "carousel", columns },
});
const quickReply = (items: unknown[]) => ({ type: "text", text: "Pick", quickReply: { items } });
const qrItem = (label: string) => ({ type: "action", action: { type: "message", label, text: "t" } });
const bubble = {
  type: "bubble",
  body: { type: "box", layout: "vertical", contents: [{ type: "text", text: "Hi" }] },
};

interface LengthCase {
  name: string;
  limit: number;
  message: (value: string) => unknown;
  property: string;
}

const lengths: LengthCase[] = [
  { name: "text", limit: 5000, message: (v) => ({ type: "text", text: v }), property: "messages[0].text" },
  {
    name: "template altText",
    limit: 400,
    message: (v) => ({ ...buttons("t", [postback("A")]), altText: v }),
    property: "messages[0].altText",
  },
  {
    name: "flex altText",
    limit: 1500,
    message: (v) => ({ type: "flex", altText: v, contents: bubble }),
    property: "messages[0].altText",
  },
  {
    name: "buttons text",
    limit: 160,
    message: (v) => buttons(v, [postback("A")]),
    property: "messages[0].template.text",
  },
  {
    name: "buttons title",
    limit: 40,
    message: (v) => buttons("t", [postback("A")], { title: v }),
    property: "messages[0].template.title",
  },
  {
    name: "confirm text",
    limit: 240,
    message: (v) => ({
      type: "template",
      altText: "a",
      template: { type: "confirm", text: v, actions: [postback("Y"), postback("N")] },
    }),
    property: "messages[0].template.text",
  },
  {
    name: "carousel text",
    limit: 120,
    message: (v) => carousel([column(v)]),
    property: "messages[0].template.columns[0].text",
  },
  {
    name: "action label",
    limit: 20,
    message: (v) => buttons("t", [postback(v)]),
    property: "messages[0].template.actions[0].label",
  },
  {
    name: "postback data",
    limit: 300,
    message: (v) => buttons("t", [postback("A", v)]),
    property: "messages[0].template.actions[0].data",
  },
  {
    name: "message action text",
    limit: 300,
    message: (v) => buttons("t", [{ type: "message", label: "A", text: v }]),
    property: "messages[0].template.actions[0].text",
  },
  {
    name: "quick reply label",
    limit: 20,
    message: (v) => quickReply([qrItem(v)]),
    property: "messages[0].quickReply.items[0].action.label",
  },
  {
    name: "location title",
    limit: 100,
    message: (v) => ({ type: "location", title: v, address: "a", latitude: 0, longitude: 0 }),
    property: "messages[0].title",
  },
];

describe("LINE lengths: N accepted, N+1 refused", () => {
  for (const c of lengths) {
    for (const [kind, chars] of Object.entries(strings)) {
      it(`${c.name} (${kind})`, () => {
        expect(details([c.message(chars(c.limit))])).toEqual([]);
        expect(details([c.message(chars(c.limit + 1))])).toEqual([
          { message: `Length must be between 0 and ${c.limit}`, property: c.property },
        ]);
      });
    }
  }
});

describe("LINE counts: N accepted, N+1 refused", () => {
  const counts: { name: string; limit: number; message: (n: number) => unknown; property: string }[] = [
    {
      name: "buttons actions",
      limit: 4,
      message: (n) =>
        buttons(
          "t",
          Array.from({ length: n }, (_, i) => postback(`A${i}`)),
        ),
      property: "messages[0].template.actions",
    },
    {
      name: "carousel columns",
      limit: 10,
      message: (n) => carousel(Array.from({ length: n }, () => column("c"))),
      property: "messages[0].template.columns",
    },
    {
      name: "column actions",
      limit: 3,
      message: (n) =>
        carousel([
          column(
            "c",
            Array.from({ length: n }, (_, i) => postback(`A${i}`)),
          ),
        ]),
      property: "messages[0].template.columns[0].actions",
    },
    {
      name: "quick reply items",
      limit: 13,
      message: (n) => quickReply(Array.from({ length: n }, (_, i) => qrItem(`Q${i}`))),
      property: "messages[0].quickReply.items",
    },
    {
      name: "flex bubbles",
      limit: 12,
      message: (n) => ({
        type: "flex",
        altText: "a",
        contents: { type: "carousel", contents: Array.from({ length: n }, () => bubble) },
      }),
      property: "messages[0].contents.contents",
    },
  ];
  for (const c of counts) {
    it(c.name, () => {
      expect(details([c.message(c.limit)])).toEqual([]);
      expect(details([c.message(c.limit + 1)])).toEqual([
        { message: `Size must be between 1 and ${c.limit}`, property: c.property },
      ]);
    });
  }

  it("confirm takes exactly two actions", () => {
    const confirm = (n: number) => ({
      type: "template",
      altText: "a",
      template: {
        type: "confirm",
        text: "Sure?",
        actions: Array.from({ length: n }, (_, i) => postback(`A${i}`)),
      },
    });
    expect(details([confirm(2)])).toEqual([]);
    expect(details([confirm(1)])).toEqual([
      { message: "Size must be between 2 and 2", property: "messages[0].template.actions" },
    ]);
    expect(details([confirm(3)])).toEqual([
      { message: "Size must be between 2 and 2", property: "messages[0].template.actions" },
    ]);
  });
});

describe("LINE message rules", () => {
  it("limits buttons text to 60 with a title or an image", () => {
    expect(details([buttons("x".repeat(60), [postback("A")], { title: "T" })])).toEqual([]);
    expect(details([buttons("x".repeat(61), [postback("A")], { title: "T" })])).toEqual([
      {
        message: "Length must be between 0 and 60 (with an image or title)",
        property: "messages[0].template.text",
      },
    ]);
  });

  it("wants every carousel column alike", () => {
    const problems = details([
      carousel([column("a", [postback("A"), postback("B")], { title: "T" }), column("b")]),
    ]);
    expect(problems.map((p) => p.property)).toEqual([
      "messages[0].template.columns[1].actions",
      "messages[0].template.columns[1].title",
    ]);
  });

  it("wants displayText on quick reply postbacks, HTTPS images and known URI schemes", () => {
    expect(details([quickReply([{ type: "action", action: postback("Buy") }])])).toEqual([
      {
        message: "must be specified for a postback action in a quick reply",
        property: "messages[0].quickReply.items[0].action.displayText",
      },
    ]);
    expect(details([quickReply([{ type: "action", action: postback("Buy", "d", "Buy") }])])).toEqual([]);
    expect(
      details([
        { type: "image", originalContentUrl: "http://x.test/a.jpg", previewImageUrl: "https://x.test/a.jpg" },
      ]),
    ).toEqual([
      { message: "invalid uri scheme: must be an HTTPS URL", property: "messages[0].originalContentUrl" },
    ]);
    expect(
      details([buttons("t", [{ type: "uri", label: "Go", uri: "javascript:alert(1)" }])])[0]?.property,
    ).toBe("messages[0].template.actions[0].uri");
    expect(details([buttons("t", [{ type: "camera", label: "Camera" }])])[0]?.property).toBe(
      "messages[0].template.actions[0].type",
    );
  });

  it("needs 1 to 5 messages and reports every problem", () => {
    expect(details([])).toEqual([{ message: "Size must be between 1 and 5", property: "messages" }]);
    expect(details([{ type: "text" }, { type: "sticker", packageId: "1" }])).toEqual([
      { message: "must be specified", property: "messages[0].text" },
      { message: "must be specified", property: "messages[1].stickerId" },
    ]);
  });
});
