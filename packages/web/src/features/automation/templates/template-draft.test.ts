import { describe, expect, it } from "vitest";
import { newButtonDraft, newTemplateDraft, templateRequestOf, type TemplateDraft } from "./template-draft";

function draft(change: Partial<TemplateDraft>): TemplateDraft {
  return { ...newTemplateDraft(), name: " order_ready ", language: " zh_TW ", ...change };
}

describe("templateRequestOf", () => {
  it("sends a body-only utility template without header, footer or buttons", () => {
    expect(templateRequestOf(draft({ bodyText: "Your order is ready." }))).toEqual({
      name: "order_ready",
      language: "zh_TW",
      category: "utility",
      body: { text: "Your order is ready." },
    });
  });

  it("sends text header and body with examples for the variables they hold", () => {
    const request = templateRequestOf(
      draft({
        category: "marketing",
        headerFormat: "text",
        headerText: "Hi {{1}}",
        headerExamples: { "1": "Jessica", "2": "stale" },
        bodyText: "Order {{1}} ships {{2}}.",
        bodyExamples: { "1": "A-1024" },
        footerText: "Reply STOP to unsubscribe",
      }),
    );
    expect(request).toEqual({
      name: "order_ready",
      language: "zh_TW",
      category: "marketing",
      header: { format: "text", text: "Hi {{1}}", examples: { "1": "Jessica" } },
      body: { text: "Order {{1}} ships {{2}}.", examples: { "1": "A-1024", "2": "" } },
      footer: { text: "Reply STOP to unsubscribe" },
    });
  });

  it("sends a media header as its handle and a location header bare", () => {
    expect(templateRequestOf(draft({ headerFormat: "image", headerHandle: " 4::abc " })).header).toEqual({
      format: "image",
      example: { handle: "4::abc" },
    });
    expect(templateRequestOf(draft({ headerFormat: "location", headerText: "ignored" })).header).toEqual({
      format: "location",
    });
  });

  it("sends each button with only its type's fields, and the URL example only with a variable", () => {
    const buttons = [
      { ...newButtonDraft("quick_reply"), text: "Yes", url: "left over" },
      {
        ...newButtonDraft("url"),
        text: "Track",
        url: " https://shop.example/orders/{{1}} ",
        example: "A-1024",
      },
      { ...newButtonDraft("url"), text: "Shop", url: "https://shop.example", example: "left over" },
      { ...newButtonDraft("phone_number"), text: "Call us", phoneNumber: " +85251234567 " },
    ];
    expect(templateRequestOf(draft({ bodyText: "Hi", buttons })).buttons).toEqual([
      { type: "quick_reply", text: "Yes" },
      { type: "url", text: "Track", url: "https://shop.example/orders/{{1}}", example: "A-1024" },
      { type: "url", text: "Shop", url: "https://shop.example" },
      { type: "phone_number", text: "Call us", phoneNumber: "+85251234567" },
    ]);
  });

  it("sends an authentication template as its copy-code button and options only", () => {
    const request = templateRequestOf(
      draft({
        category: "authentication",
        headerFormat: "text",
        headerText: "ignored",
        bodyText: "ignored",
        footerText: "ignored",
        buttons: [newButtonDraft("quick_reply")],
        otpText: " Copy code ",
        securityRecommendation: true,
        codeExpirationMinutes: "10",
      }),
    );
    expect(request).toEqual({
      name: "order_ready",
      language: "zh_TW",
      category: "authentication",
      buttons: [{ type: "otp", otpType: "copy_code", text: "Copy code" }],
      authentication: { addSecurityRecommendation: true, codeExpirationMinutes: 10 },
    });
    const bare = templateRequestOf(draft({ category: "authentication", securityRecommendation: false }));
    expect(bare.buttons).toEqual([{ type: "otp", otpType: "copy_code" }]);
    expect(bare.authentication).toEqual({ addSecurityRecommendation: false });
  });
});
