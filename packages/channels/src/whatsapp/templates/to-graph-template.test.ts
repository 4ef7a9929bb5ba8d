// Golden create requests for POST /{WABA_ID}/message_templates, in the shapes of PLATFORMS.md A5.1–A5.2.
import { describe, expect, it } from "vitest";
import { authentication, marketing, utility } from "./template-cases.test-support.js";
import { toWhatsAppTemplateCreateRequest } from "./to-graph-template.js";
import { validateWhatsAppTemplate } from "./validate-template-definition.js";

describe("toWhatsAppTemplateCreateRequest", () => {
  it("writes a positional utility template with a text header", () => {
    const definition = utility({
      header: { format: "text", text: "Order {{1}}", examples: { "1": "A-1001" } },
      buttons: [
        { type: "quick_reply", text: "Track order" },
        { type: "url", text: "Details", url: "https://shop.example/orders/{{1}}", example: "A-1001" },
        { type: "phone_number", text: "Call us", phoneNumber: "+886223456789" },
      ],
    });
    expect(validateWhatsAppTemplate(definition)).toEqual([]);
    expect(toWhatsAppTemplateCreateRequest(definition)).toEqual({
      name: "order_update",
      language: "en_US",
      category: "UTILITY",
      parameter_format: "positional",
      components: [
        { type: "HEADER", format: "TEXT", text: "Order {{1}}", example: { header_text: ["A-1001"] } },
        {
          type: "BODY",
          text: "Hi {{1}}, your order {{2}} has shipped.",
          example: { body_text: [["Jessica", "SKBUP2-4CPIG9"]] },
        },
        { type: "FOOTER", text: "Reply STOP to opt out" },
        {
          type: "BUTTONS",
          buttons: [
            { type: "QUICK_REPLY", text: "Track order" },
            {
              type: "URL",
              text: "Details",
              url: "https://shop.example/orders/{{1}}",
              example: ["https://shop.example/orders/A-1001"],
            },
            { type: "PHONE_NUMBER", text: "Call us", phone_number: "+886223456789" },
          ],
        },
      ],
    });
  });

  it("writes a named marketing template with a media header and a coupon", () => {
    expect(toWhatsAppTemplateCreateRequest(marketing())).toEqual({
      name: "summer_sale",
      language: "zh_TW",
      category: "MARKETING",
      parameter_format: "named",
      components: [
        { type: "HEADER", format: "IMAGE", example: { header_handle: ["4::aW1hZ2UvanBlZw==:ARb"] } },
        {
          type: "BODY",
          text: "嗨 {{first_name}}，夏季特賣開始了！",
          example: { body_text_named_params: [{ param_name: "first_name", example: "美玲" }] },
        },
        {
          type: "BUTTONS",
          buttons: [
            {
              type: "URL",
              text: "Shop now",
              url: "https://shop.example/sale?promo={{1}}",
              example: ["https://shop.example/sale?promo=summer2026"],
            },
            { type: "COPY_CODE", example: "25OFF" },
          ],
        },
      ],
    });
  });

  it("writes a named text header, a location header and a flow button", () => {
    const named = marketing({
      header: { format: "text", text: "Hi {{first_name}}", examples: { first_name: "Mei" } },
      body: { text: "Our sale starts today." },
      buttons: [
        { type: "flow", text: "Book", flowId: "1234567890", flowAction: "navigate", navigateScreen: "START" },
      ],
    });
    const { components } = toWhatsAppTemplateCreateRequest(named);
    expect(components).toEqual([
      {
        type: "HEADER",
        format: "TEXT",
        text: "Hi {{first_name}}",
        example: { header_text_named_params: [{ param_name: "first_name", example: "Mei" }] },
      },
      { type: "BODY", text: "Our sale starts today." },
      {
        type: "BUTTONS",
        buttons: [
          {
            type: "FLOW",
            text: "Book",
            flow_id: "1234567890",
            flow_action: "navigate",
            navigate_screen: "START",
          },
        ],
      },
    ]);
    const located = toWhatsAppTemplateCreateRequest(
      utility({ header: { format: "location" }, footer: undefined, buttons: [] }),
    );
    expect(located.components).toEqual([
      { type: "HEADER", format: "LOCATION" },
      expect.objectContaining({ type: "BODY" }),
    ]);
  });

  it("writes an authentication template with Meta's body and the code expiry", () => {
    expect(toWhatsAppTemplateCreateRequest(authentication())).toEqual({
      name: "login_code",
      language: "en",
      category: "AUTHENTICATION",
      parameter_format: "positional",
      components: [
        { type: "BODY", add_security_recommendation: true },
        { type: "FOOTER", code_expiration_minutes: 10 },
        { type: "BUTTONS", buttons: [{ type: "OTP", otp_type: "COPY_CODE", text: "Copy code" }] },
      ],
    });
  });
});
