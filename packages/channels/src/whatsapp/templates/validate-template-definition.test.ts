// Template definition rules of PLATFORMS.md A5.1–A5.2: limits at N and N+1, grouping, categories.
import { describe, expect, it } from "vitest";
import {
  authentication,
  describeTemplateLimits,
  marketing,
  pathsAndRules,
  quickReplies,
  utility,
} from "./template-cases.test-support.js";
import type { TemplateButton } from "./template-definition-schema.js";
import { validateWhatsAppTemplate } from "./validate-template-definition.js";

const x = (n: number) => "x".repeat(n);
const url = (n: number) => `https://s.example/${"a".repeat(n - 18)}`;
const phone = (n: number) => `+${"8".repeat(n - 1)}`;

describeTemplateLimits("template definition limits", [
  { name: "name", limit: 512, path: "name", rule: "max_length", build: (n) => utility({ name: x(n) }) },
  {
    name: "text header",
    limit: 60,
    path: "header.text",
    rule: "max_length",
    build: (n) => utility({ header: { format: "text", text: x(n) } }),
  },
  {
    name: "body",
    limit: 1024,
    path: "body.text",
    rule: "max_length",
    build: (n) => utility({ body: { text: x(n) } }),
  },
  {
    name: "footer",
    limit: 60,
    path: "footer.text",
    rule: "max_length",
    build: (n) => utility({ footer: { text: x(n) } }),
  },
  {
    name: "buttons in total",
    limit: 10,
    path: "buttons",
    rule: "max_items",
    build: (n) => marketing({ buttons: [...quickReplies(n - 2), ...marketing().buttons!] }),
  },
  {
    name: "quick replies",
    limit: 10,
    path: "buttons",
    rule: "max_items",
    build: (n) => utility({ buttons: quickReplies(n) }),
  },
  {
    name: "url buttons",
    limit: 2,
    path: "buttons",
    rule: "max_items",
    build: (n) =>
      utility({
        buttons: Array.from({ length: n }, () => ({ type: "url", text: "Open", url: "https://s.example" })),
      }),
  },
  {
    name: "phone buttons",
    limit: 1,
    path: "buttons",
    rule: "max_items",
    build: (n) =>
      utility({
        buttons: Array.from({ length: n }, () => ({
          type: "phone_number",
          text: "Call",
          phoneNumber: "+886223456789",
        })),
      }),
  },
  {
    name: "copy code buttons",
    limit: 1,
    path: "buttons",
    rule: "max_items",
    build: (n) =>
      marketing({ buttons: Array.from({ length: n }, () => ({ type: "copy_code", example: "25OFF" })) }),
  },
  {
    name: "button text",
    limit: 25,
    path: "buttons[0].text",
    rule: "max_length",
    build: (n) => utility({ buttons: [{ type: "quick_reply", text: x(n) }] }),
  },
  {
    name: "button url",
    limit: 2000,
    path: "buttons[0].url",
    rule: "max_length",
    build: (n) => utility({ buttons: [{ type: "url", text: "Open", url: url(n) }] }),
  },
  {
    name: "phone number",
    limit: 20,
    path: "buttons[0].phoneNumber",
    rule: "max_length",
    build: (n) => utility({ buttons: [{ type: "phone_number", text: "Call", phoneNumber: phone(n) }] }),
  },
  {
    name: "coupon sample",
    limit: 15,
    path: "buttons[1].example",
    rule: "max_length",
    build: (n) => marketing({ buttons: [marketing().buttons![0]!, { type: "copy_code", example: x(n) }] }),
  },
  {
    name: "code expiration minutes",
    limit: 90,
    path: "authentication.codeExpirationMinutes",
    rule: "range",
    build: (n) => authentication({ authentication: { codeExpirationMinutes: n } }),
  },
]);

describe("counting characters", () => {
  it.each([
    ["CJK at 60", "訂".repeat(60), []],
    ["CJK at 61", "訂".repeat(61), [["header.text", "max_length"]]],
    ["emoji at 30 (60 UTF-16 units)", "🎉".repeat(30), []],
    ["emoji at 31 (62 UTF-16 units, 31 code points)", "🎉".repeat(31), [["header.text", "max_length"]]],
  ])("text header: %s", (_, text, expected) => {
    const violations = validateWhatsAppTemplate(utility({ header: { format: "text", text } }));
    expect(pathsAndRules(violations)).toEqual(expected);
  });

  it("names both counts when they differ", () => {
    const [violation] = validateWhatsAppTemplate(utility({ footer: { text: "🎉".repeat(31) } }));
    expect(violation?.message).toBe("footer.text: 62 UTF-16 units (31 code points), WhatsApp allows 60");
  });
});

describe("button grouping", () => {
  const qr: TemplateButton = { type: "quick_reply", text: "Yes" };
  const link: TemplateButton = { type: "url", text: "Open", url: "https://s.example" };
  const call: TemplateButton = { type: "phone_number", text: "Call", phoneNumber: "+886223456789" };
  it.each([
    ["QR,QR,URL", [qr, qr, link], []],
    ["URL,PHONE,QR,QR", [link, call, qr, qr], []],
    ["QR,URL,QR", [qr, link, qr], [["buttons[2]", "button_grouping"]]],
    ["URL,QR,PHONE", [link, qr, call], [["buttons[2]", "button_grouping"]]],
  ])("%s", (_, buttons, expected) => {
    expect(pathsAndRules(validateWhatsAppTemplate(utility({ buttons })))).toEqual(expected);
  });
});

describe("identity", () => {
  it.each([
    ["name with capitals", utility({ name: "Order_Update" }), [["name", "format"]]],
    ["name with a dash", utility({ name: "order-update" }), [["name", "format"]]],
    ["blank name", utility({ name: " " }), [["name", "required"]]],
    ["language zh_TW", utility({ language: "zh_TW" }), []],
    ["language fil", utility({ language: "fil" }), []],
    ["language en-US", utility({ language: "en-US" }), [["language", "format"]]],
    ["language english", utility({ language: "english" }), [["language", "format"]]],
  ])("%s", (_, definition, expected) => {
    expect(pathsAndRules(validateWhatsAppTemplate(definition))).toEqual(expected);
  });
});

describe("components", () => {
  it.each([
    ["valid utility", utility(), []],
    ["valid marketing", marketing(), []],
    ["valid authentication", authentication(), []],
    ["no body", utility({ body: undefined }), [["body", "required"]]],
    [
      "header with a line break",
      utility({ header: { format: "text", text: "Your\norder" } }),
      [["header.text", "no_line_breaks"]],
    ],
    [
      "header in bold",
      utility({ header: { format: "text", text: "*Sale*" } }),
      [["header.text", "no_formatting"]],
    ],
    [
      "header with two variables",
      utility({ header: { format: "text", text: "{{1}} and {{2}}", examples: { "1": "a", "2": "b" } } }),
      [["header.text", "max_variables"]],
    ],
    ["footer with a variable", utility({ footer: { text: "Hi {{1}}" } }), [["footer.text", "no_variables"]]],
    [
      "media sample given as a URL",
      marketing({ header: { format: "video", example: { url: "https://cdn.example/a.mp4" } } }),
      [["header.example.url", "upload_required"]],
    ],
    [
      "blank media handle",
      marketing({ header: { format: "document", example: { handle: "" } } }),
      [["header.example.handle", "required"]],
    ],
    ["location header in utility", utility({ header: { format: "location" } }), []],
    ["location header in marketing", marketing({ header: { format: "location" } }), []],
    ["gif header in marketing", marketing({ header: { format: "gif", example: { handle: "4::Z2lm" } } }), []],
  ])("%s", (_, definition, expected) => {
    expect(pathsAndRules(validateWhatsAppTemplate(definition))).toEqual(expected);
  });
});
