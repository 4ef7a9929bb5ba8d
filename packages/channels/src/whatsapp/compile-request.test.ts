// The send envelope: recipient normalisation, quoted replies and callback data.
import { describe, expect, it } from "vitest";
import { toWhatsAppRequest, type WhatsAppMessageBody } from "./compile-message.js";

const body: WhatsAppMessageBody = { type: "text", text: { body: "Hello" } };

describe("toWhatsAppRequest", () => {
  it("wraps the body in the A1 envelope", () => {
    expect(toWhatsAppRequest(body, "+16505551234")).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "+16505551234",
      type: "text",
      text: { body: "Hello" },
    });
  });

  it.each([
    { to: "16505551234", expected: "+16505551234" },
    { to: " 886 912 345 678 ", expected: "+886 912 345 678" },
    { to: "+1 (650) 555-1234", expected: "+1 (650) 555-1234" },
    { to: "US.13491208655302741918", expected: "US.13491208655302741918" },
  ])("sends $to as $expected", ({ to, expected }) => {
    expect(toWhatsAppRequest(body, to).to).toBe(expected);
  });

  it("quotes a message and carries callback data", () => {
    const request = toWhatsAppRequest(body, "16505551234", {
      replyToProviderId: "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTdC",
      callbackData: "broadcast:42",
    });
    expect(request).toEqual({
      messaging_product: "whatsapp",
      recipient_type: "individual",
      to: "+16505551234",
      context: { message_id: "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTdC" },
      biz_opaque_callback_data: "broadcast:42",
      type: "text",
      text: { body: "Hello" },
    });
    expect(Object.keys(request)).toEqual([
      "messaging_product",
      "recipient_type",
      "to",
      "context",
      "biz_opaque_callback_data",
      "type",
      "text",
    ]);
  });
});
