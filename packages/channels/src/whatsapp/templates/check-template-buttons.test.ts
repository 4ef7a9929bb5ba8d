// Button rules of PLATFORMS.md A5.2 per category: the types each category takes, URL variables and
// samples, phone numbers, flow ids.
import { describe, expect, it } from "vitest";
import { authentication, marketing, pathsAndRules, utility } from "./template-cases.test-support.js";
import type { TemplateButton } from "./template-definition-schema.js";
import { validateWhatsAppTemplate } from "./validate-template-definition.js";

describe("category rules", () => {
  it.each([
    [
      "copy code in utility",
      utility({ buttons: [{ type: "copy_code", example: "25OFF" }] }),
      [["buttons[0].type", "category"]],
    ],
    [
      "otp button in marketing",
      marketing({ buttons: [{ type: "otp", otpType: "copy_code" }] }),
      [["buttons[0].type", "category"]],
    ],
    [
      "quick reply, url and phone in authentication",
      authentication({
        buttons: [
          { type: "otp", otpType: "one_tap", text: "Autofill" },
          { type: "url", text: "Help", url: "https://s.example/help" },
          { type: "phone_number", text: "Call", phoneNumber: "+886223456789" },
          { type: "quick_reply", text: "Not me" },
        ],
      }),
      [
        ["buttons[1].type", "category"],
        ["buttons[2].type", "category"],
        ["buttons[3].type", "category"],
      ],
    ],
    ["authentication without an otp button", authentication({ buttons: [] }), [["buttons", "required"]]],
    [
      "two otp buttons",
      authentication({
        buttons: [
          { type: "otp", otpType: "copy_code" },
          { type: "otp", otpType: "zero_tap" },
        ],
      }),
      [["buttons", "max_items"]],
    ],
    [
      "header in authentication",
      authentication({ header: { format: "text", text: "Your code" } }),
      [["header", "category"]],
    ],
    [
      "location header in authentication",
      authentication({ header: { format: "location" } }),
      [["header", "category"]],
    ],
    [
      "body in authentication",
      authentication({ body: { text: "Your code is {{1}}." } }),
      [["body", "category"]],
    ],
    [
      "footer in authentication",
      authentication({ footer: { text: "Expires soon" } }),
      [["footer", "category"]],
    ],
    [
      "authentication options in utility",
      utility({ authentication: { codeExpirationMinutes: 5 } }),
      [["authentication", "category"]],
    ],
    [
      "code expiry of 0 minutes",
      authentication({ authentication: { codeExpirationMinutes: 0 } }),
      [["authentication.codeExpirationMinutes", "range"]],
    ],
  ])("%s", (_, definition, expected) => {
    expect(pathsAndRules(validateWhatsAppTemplate(definition))).toEqual(expected);
  });

  it("says which buttons the category takes", () => {
    const [violation] = validateWhatsAppTemplate(
      utility({ buttons: [{ type: "copy_code", example: "25OFF" }] }),
    );
    expect(violation?.message).toBe(
      "buttons[0].type: WhatsApp takes quick_reply, url, phone_number, flow buttons in utility templates, not copy_code",
    );
  });
});

describe("buttons", () => {
  const link = (patch: Partial<Extract<TemplateButton, { type: "url" }>>): TemplateButton => ({
    type: "url",
    text: "Track",
    url: "https://s.example/track/{{1}}",
    example: "8FD319F6",
    ...patch,
  });
  it.each([
    ["url ending with {{1}}", [link({})], []],
    [
      "url with {{1}} in the middle",
      [link({ url: "https://s.example/{{1}}/track" })],
      [["buttons[0].url", "variable_format"]],
    ],
    [
      "url ending with {{2}}",
      [link({ url: "https://s.example/track/{{2}}" })],
      [["buttons[0].url", "variable_format"]],
    ],
    [
      "url with two variables",
      [link({ url: "https://s.example/{{1}}/{{1}}" })],
      [["buttons[0].url", "variable_format"]],
    ],
    ["url variable without example", [link({ example: undefined })], [["buttons[0].example", "required"]]],
    [
      "example for a fixed url",
      [link({ url: "https://s.example/track" })],
      [["buttons[0].example", "not_allowed"]],
    ],
    ["url that is not http", [link({ url: "ftp://s.example/{{1}}" })], [["buttons[0].url", "format"]]],
    ["blank url", [link({ url: "", example: undefined })], [["buttons[0].url", "required"]]],
    [
      "url filled with its example over 2000",
      [link({ url: `https://s.example/${"a".repeat(1960)}/{{1}}`, example: "b".repeat(30) })],
      [["buttons[0].example", "max_length"]],
    ],
    [
      "phone with letters",
      [{ type: "phone_number", text: "Call", phoneNumber: "+886-2-2345" }],
      [["buttons[0].phoneNumber", "format"]],
    ],
    ["blank button text", [{ type: "quick_reply", text: "  " }], [["buttons[0].text", "required"]]],
    ["flow without id", [{ type: "flow", text: "Book", flowId: "" }], [["buttons[0].flowId", "required"]]],
    [
      "flow button",
      [
        {
          type: "flow",
          text: "Book",
          flowId: "1234567890",
          flowAction: "navigate",
          navigateScreen: "WELCOME",
        },
      ],
      [],
    ],
  ] satisfies [string, TemplateButton[], [string, string][]][])("%s", (_, buttons, expected) => {
    expect(pathsAndRules(validateWhatsAppTemplate(utility({ buttons })))).toEqual(expected);
  });
});
