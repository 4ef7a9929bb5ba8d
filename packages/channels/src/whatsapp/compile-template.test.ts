// Templates: name and language checks, and the A5.5 payloads.
import { describe, expect, it } from "vitest";
import { compileWhatsAppMessage } from "./compile-message.js";
import { describeLimits, template, violationsOf } from "./limit-cases.test-support.js";

describeLimits("template limits", [
  {
    name: "name",
    limit: 512,
    path: "name",
    rule: "max_length",
    build: (n) => template({ name: "n".repeat(n) }),
  },
]);

describe("template rules", () => {
  it("needs a name in lowercase letters, digits and _ and a language code", () => {
    expect(violationsOf(template({ name: "Order Confirmation", language: "English" }))).toEqual([
      expect.objectContaining({ path: "name", rule: "format" }),
      expect.objectContaining({ path: "language", rule: "format" }),
    ]);
    expect(violationsOf(template({ name: "", language: "" }))).toEqual([
      expect.objectContaining({ path: "name", rule: "required" }),
      expect.objectContaining({ path: "language", rule: "required" }),
    ]);
  });
});

describe("template payload", () => {
  it("renders the A5.5 example", () => {
    const message = template({
      header: [{ type: "image", source: { url: "https://cdn.example.com/order.png" } }],
      body: [
        { type: "text", text: "Jessica" },
        { type: "text", text: "SKBUP2-4CPIG9" },
        { type: "currency", fallback: "$100.99", code: "USD", amount1000: 100990 },
        { type: "date_time", fallback: "February 25, 2026" },
      ],
      buttons: [
        { type: "quick_reply", index: 0, payload: "reorder:123" },
        { type: "url", index: 1, text: "summer2023" },
        { type: "copy_code", index: 2, code: "25OFF" },
      ],
    });
    expect(compileWhatsAppMessage(message)).toEqual({
      ok: true,
      value: {
        type: "template",
        template: {
          name: "order_confirmation",
          language: { code: "en_US" },
          components: [
            {
              type: "header",
              parameters: [{ type: "image", image: { link: "https://cdn.example.com/order.png" } }],
            },
            {
              type: "body",
              parameters: [
                { type: "text", text: "Jessica" },
                { type: "text", text: "SKBUP2-4CPIG9" },
                {
                  type: "currency",
                  currency: { fallback_value: "$100.99", code: "USD", amount_1000: 100990 },
                },
                { type: "date_time", date_time: { fallback_value: "February 25, 2026" } },
              ],
            },
            {
              type: "button",
              sub_type: "quick_reply",
              index: "0",
              parameters: [{ type: "payload", payload: "reorder:123" }],
            },
            {
              type: "button",
              sub_type: "url",
              index: "1",
              parameters: [{ type: "text", text: "summer2023" }],
            },
            {
              type: "button",
              sub_type: "COPY_CODE",
              index: 2,
              parameters: [{ type: "coupon_code", coupon_code: "25OFF" }],
            },
          ],
        },
      },
    });
  });

  it("renders named parameters, a document header and a location header", () => {
    const named = template({
      header: [{ type: "document", source: { mediaId: "9876" }, filename: "invoice.pdf" }],
      body: [{ type: "text", text: "Jessica", name: "first_name" }],
    });
    expect(compileWhatsAppMessage(named)).toEqual({
      ok: true,
      value: {
        type: "template",
        template: {
          name: "order_confirmation",
          language: { code: "en_US" },
          components: [
            {
              type: "header",
              parameters: [{ type: "document", document: { id: "9876", filename: "invoice.pdf" } }],
            },
            { type: "body", parameters: [{ type: "text", parameter_name: "first_name", text: "Jessica" }] },
          ],
        },
      },
    });
    const located = template({
      name: "store_reminder",
      language: "zh_TW",
      header: [
        {
          type: "location",
          latitude: 25.0336,
          longitude: 121.5648,
          name: "台北101店",
          address: "信義路五段7號",
        },
      ],
    });
    expect(compileWhatsAppMessage(located)).toEqual({
      ok: true,
      value: {
        type: "template",
        template: {
          name: "store_reminder",
          language: { code: "zh_TW" },
          components: [
            {
              type: "header",
              parameters: [
                {
                  type: "location",
                  location: {
                    latitude: 25.0336,
                    longitude: 121.5648,
                    name: "台北101店",
                    address: "信義路五段7號",
                  },
                },
              ],
            },
          ],
        },
      },
    });
  });

  it("sends no components for a template without parameters", () => {
    expect(compileWhatsAppMessage(template({ name: "hello_world" }))).toEqual({
      ok: true,
      value: { type: "template", template: { name: "hello_world", language: { code: "en_US" } } },
    });
  });
});
