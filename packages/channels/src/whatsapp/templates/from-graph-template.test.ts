// Listed templates back into definitions: every create request reads back as the definition it came from.
import { describe, expect, it } from "vitest";
import { fromWhatsAppTemplate, WhatsAppTemplateInfoSchema } from "./from-graph-template.js";
import { authentication, marketing, utility } from "./template-cases.test-support.js";
import type { TemplateDefinition } from "./template-definition-schema.js";
import { toWhatsAppTemplateCreateRequest } from "./to-graph-template.js";

/** The create request as Meta lists it back: id and status added, formats as Meta writes them. */
function listed(definition: TemplateDefinition, extra: Record<string, unknown> = {}) {
  const request = toWhatsAppTemplateCreateRequest(definition);
  return WhatsAppTemplateInfoSchema.parse({
    ...request,
    parameter_format: request.parameter_format.toUpperCase(),
    id: 1689556908129835,
    status: "APPROVED",
    ...extra,
  });
}

describe("fromWhatsAppTemplate", () => {
  it.each([
    ["a positional utility template", utility()],
    [
      "a utility template with a text header, a URL with a variable and a phone number",
      utility({
        header: { format: "text", text: "Order {{1}}", examples: { "1": "A-1001" } },
        buttons: [
          { type: "quick_reply", text: "Track order" },
          { type: "url", text: "Details", url: "https://shop.example/orders/{{1}}", example: "A-1001" },
          { type: "phone_number", text: "Call us", phoneNumber: "+886223456789" },
        ],
      }),
    ],
    ["a named marketing template with an image header and a coupon", marketing()],
    [
      "a named template with a text header",
      marketing({ header: { format: "text", text: "Hi {{first_name}}", examples: { first_name: "Mei" } } }),
    ],
    ["a location header", utility({ header: { format: "location" } })],
    ["an authentication template with its options", authentication()],
    [
      "a flow button",
      utility({
        buttons: [
          { type: "flow", text: "Book", flowId: "1234", flowAction: "navigate", navigateScreen: "START" },
        ],
      }),
    ],
  ])("reads back %s", (_label, definition) => {
    expect(fromWhatsAppTemplate(listed(definition))).toEqual({ ok: true, value: definition });
  });

  it("reads Meta's id as a string and keeps its status and rejection reason for the caller", () => {
    const info = listed(utility(), { status: "REJECTED", rejected_reason: "INVALID_FORMAT" });
    expect(info).toMatchObject({
      id: "1689556908129835",
      status: "REJECTED",
      rejected_reason: "INVALID_FORMAT",
    });
  });

  it("reads an authentication URL button that names its otp_type as an OTP button", () => {
    const info = WhatsAppTemplateInfoSchema.parse({
      id: "77",
      name: "login_code",
      language: "en",
      status: "APPROVED",
      category: "AUTHENTICATION",
      components: [
        { type: "BODY", text: "*{{1}}* is your verification code.", add_security_recommendation: true },
        { type: "FOOTER", text: "This code expires in 10 minutes.", code_expiration_minutes: 10 },
        {
          type: "BUTTONS",
          buttons: [
            {
              type: "URL",
              text: "Copy code",
              url: "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code_expiration_minutes=10&code=otp{{1}}",
            },
          ],
        },
      ],
    });
    expect(fromWhatsAppTemplate(info)).toEqual({ ok: true, value: authentication() });
  });

  it("names the part it cannot hold: a catalog button", () => {
    const info = WhatsAppTemplateInfoSchema.parse({
      id: "78",
      name: "spring_catalog",
      language: "en",
      status: "APPROVED",
      category: "MARKETING",
      components: [
        { type: "BODY", text: "See what is new." },
        { type: "BUTTONS", buttons: [{ type: "CATALOG", text: "View catalog" }] },
      ],
    });
    expect(fromWhatsAppTemplate(info)).toEqual({
      ok: false,
      error:
        "spring_catalog (en): components[1].buttons[0].type: CATALOG buttons are not supported by the registry",
    });
  });

  it("names an unknown category", () => {
    const info = WhatsAppTemplateInfoSchema.parse({
      id: "79",
      name: "old_alert",
      language: "en",
      status: "APPROVED",
      category: "TRANSACTIONAL",
      components: [{ type: "BODY", text: "Alert" }],
    });
    expect(fromWhatsAppTemplate(info)).toEqual({
      ok: false,
      error: "old_alert (en): category TRANSACTIONAL is not one the registry holds",
    });
  });
});
