// A template send checked against its approved definition: name, language, parameter counts and names,
// header parameter types, and button parameters by index (PLATFORMS.md A5.5).
import type { MessageOf } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { checkTemplateSend } from "./check-template-send.js";
import { authentication, marketing, pathsAndRules, utility } from "./template-cases.test-support.js";

type Send = MessageOf<"template">;
const send = (patch: Partial<Send> = {}): Send => ({
  kind: "template",
  name: "order_update",
  language: "en_US",
  body: [
    { type: "text", text: "Jessica" },
    { type: "text", text: "SKBUP2-4CPIG9" },
  ],
  ...patch,
});
const sale = (patch: Partial<Send> = {}): Send => ({
  kind: "template",
  name: "summer_sale",
  language: "zh_TW",
  header: [{ type: "image", source: { url: "https://cdn.example/sale.jpg" } }],
  body: [{ type: "text", name: "first_name", text: "美玲" }],
  buttons: [
    { type: "url", index: 0, text: "summer2026" },
    { type: "copy_code", index: 1, code: "25OFF" },
  ],
  ...patch,
});

describe("positional template sends", () => {
  it.each([
    ["a matching send", send(), []],
    [
      "with a quick-reply payload",
      send({ buttons: [{ type: "quick_reply", index: 0, payload: "track:1" }] }),
      [],
    ],
    ["another name", send({ name: "order_updates" }), [["name", "template_mismatch"]]],
    ["another language", send({ language: "en" }), [["language", "template_mismatch"]]],
    [
      "one body parameter short",
      send({ body: [{ type: "text", text: "Jessica" }] }),
      [["body", "parameter_count"]],
    ],
    ["no body parameters", send({ body: undefined }), [["body", "parameter_count"]]],
    [
      "a named parameter",
      send({
        body: [
          { type: "text", text: "J", name: "first_name" },
          { type: "text", text: "S" },
        ],
      }),
      [["body[0].name", "parameter_format"]],
    ],
    [
      "a header parameter the template lacks",
      send({ header: [{ type: "text", text: "x" }] }),
      [["header", "parameter_count"]],
    ],
    [
      "a url parameter for a quick reply",
      send({ buttons: [{ type: "url", index: 0, text: "x" }] }),
      [["buttons[0].type", "parameter_type"]],
    ],
    [
      "a button the template lacks",
      send({ buttons: [{ type: "quick_reply", index: 3, payload: "x" }] }),
      [["buttons[0].index", "unknown_button"]],
    ],
  ])("%s", (_, message, expected) => {
    expect(pathsAndRules(checkTemplateSend(utility(), message))).toEqual(expected);
  });

  it("states the expected count and Meta's code", () => {
    const [violation] = checkTemplateSend(utility(), send({ body: [{ type: "text", text: "Jessica" }] }));
    expect(violation).toEqual({
      path: "body",
      rule: "parameter_count",
      message: "body: 1 parameters, the template takes 2; WhatsApp answers 132000",
      limit: 2,
      actual: 1,
    });
  });

  it("checks the text header's parameter", () => {
    const definition = utility({ header: { format: "text", text: "Order {{1}}", examples: { "1": "A-1" } } });
    expect(checkTemplateSend(definition, send({ header: [{ type: "text", text: "A-1" }] }))).toEqual([]);
    expect(pathsAndRules(checkTemplateSend(definition, send()))).toEqual([["header", "parameter_count"]]);
    const image = send({ header: [{ type: "image", source: { mediaId: "1" } }] });
    expect(pathsAndRules(checkTemplateSend(definition, image))).toEqual([
      ["header[0].type", "parameter_type"],
    ]);
  });
});

describe("named template sends", () => {
  it.each([
    ["a matching send", sale(), []],
    [
      "a video for an image header",
      sale({ header: [{ type: "video", source: { mediaId: "9" } }] }),
      [["header[0].type", "parameter_type"]],
    ],
    ["no header parameter", sale({ header: undefined }), [["header", "parameter_count"]]],
    [
      "an unnamed body parameter",
      sale({ body: [{ type: "text", text: "美玲" }] }),
      [
        ["body[0].name", "required"],
        ["body", "missing_parameter"],
      ],
    ],
    [
      "an unknown name",
      sale({ body: [{ type: "text", name: "last_name", text: "王" }] }),
      [
        ["body[0].name", "unknown_parameter"],
        ["body", "missing_parameter"],
      ],
    ],
    [
      "no url parameter",
      sale({ buttons: [{ type: "copy_code", index: 1, code: "25OFF" }] }),
      [["buttons", "missing_parameter"]],
    ],
    [
      "no coupon code",
      sale({ buttons: [{ type: "url", index: 0, text: "summer2026" }] }),
      [["buttons", "missing_parameter"]],
    ],
    [
      "a coupon on the url button",
      sale({
        buttons: [
          { type: "copy_code", index: 0, code: "X" },
          { type: "copy_code", index: 1, code: "Y" },
        ],
      }),
      [["buttons[0].type", "parameter_type"]],
    ],
  ])("%s", (_, message, expected) => {
    expect(pathsAndRules(checkTemplateSend(marketing(), message))).toEqual(expected);
  });

  it("refuses a parameter for a fixed url button", () => {
    const definition = marketing({ buttons: [{ type: "url", text: "Shop", url: "https://shop.example" }] });
    const message = sale({ buttons: [{ type: "url", index: 0, text: "x" }] });
    expect(pathsAndRules(checkTemplateSend(definition, message))).toEqual([
      ["buttons[0].type", "parameter_type"],
    ]);
  });

  it("checks a location header", () => {
    const definition = marketing({ header: { format: "location" } });
    const located = sale({ header: [{ type: "location", latitude: 25.03, longitude: 121.56 }] });
    expect(checkTemplateSend(definition, located)).toEqual([]);
  });
});

describe("authentication template sends", () => {
  const code = (patch: Partial<Send> = {}): Send => ({
    kind: "template",
    name: "login_code",
    language: "en",
    body: [{ type: "text", text: "482913" }],
    buttons: [{ type: "url", index: 0, text: "482913" }],
    ...patch,
  });
  it.each([
    ["the code twice", code(), []],
    ["no button code", code({ buttons: undefined }), [["buttons", "missing_parameter"]]],
    ["no body code", code({ body: undefined }), [["body", "parameter_count"]]],
  ])("%s", (_, message, expected) => {
    expect(pathsAndRules(checkTemplateSend(authentication(), message))).toEqual(expected);
  });
});
