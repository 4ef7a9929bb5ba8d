import { describe, expect, it } from "vitest";
import type { InboundMessageEvent } from "@switchboard/core";
import { loadWhatsAppFixture, type WhatsAppFixtureName } from "./fixtures/index.js";
import { parseWhatsAppWebhook } from "./parse-webhook.js";

const PHONE_NUMBER_ID = "106540352242922";

function onlyMessage(name: WhatsAppFixtureName): InboundMessageEvent {
  const events = parseWhatsAppWebhook(loadWhatsAppFixture(name));
  expect(events).toHaveLength(1);
  const [event] = events;
  if (event?.type !== "message") throw new Error(`${name}: expected a message event, got ${event?.type}`);
  expect(event.channel).toBe("whatsapp");
  expect(event.accountExternalId).toBe(PHONE_NUMBER_ID);
  return event;
}

describe("parseWhatsAppWebhook: inbound messages", () => {
  it("reads a text with its sender, timestamp in ms and the untouched item as raw", () => {
    const event = onlyMessage("message-text");
    expect(event).toMatchObject({
      providerMessageId: "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
      sender: {
        externalId: "16505551234",
        scopedId: "US.13491208655302741918",
        displayName: "Sheena Nelson",
      },
      timestamp: 1749416383000,
      content: { kind: "text", text: "Does it come in another color?" },
    });
    expect(event.context).toBeUndefined();
    expect(event.referral).toBeUndefined();
    expect(event.raw).toEqual({
      from: "16505551234",
      from_user_id: "US.13491208655302741918",
      id: "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTRBNjU5OUFFRTAzODEwMTQ0RgA=",
      timestamp: "1749416383",
      type: "text",
      text: { body: "Does it come in another color?" },
    });
  });

  it("keeps a Click-to-WhatsApp referral", () => {
    const event = onlyMessage("message-text-from-ad");
    expect(event.content).toEqual({ kind: "text", text: "Can I get more info about this?" });
    expect(event.referral).toEqual({
      sourceUrl: "https://fb.me/3cr4Wqqkv",
      sourceId: "120226305854810726",
      sourceType: "ad",
      headline: "Summer sale: 20% off",
      body: "Chat with us about the summer collection",
      mediaType: "image",
      clickId:
        "ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO2E4Nx0-eM-GABDLOPaOdRMv-_zfUQ2a",
    });
  });

  it("keeps the referred product and the quoted message", () => {
    expect(onlyMessage("message-product-inquiry").context).toEqual({
      replyToProviderId: "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI2QTRGQkE4NjBFRDA5OTI1MUQA",
      referredProductId: "di9ozbzfi4",
    });
  });

  it("reads a username adopter: empty phone id, business-scoped id from the message", () => {
    expect(onlyMessage("message-text-username").sender).toEqual({
      externalId: "",
      scopedId: "US.13491208655302741918",
      displayName: "Sheena Nelson",
    });
  });

  it("reads a forwarded image with caption, hash and URL", () => {
    const event = onlyMessage("message-image");
    expect(event.content).toEqual({
      kind: "media",
      mediaType: "image",
      mediaId: "1003383421387256",
      mimeType: "image/jpeg",
      sha256: "CvBxQVGfVtSVhR4d/pRi9qcIFiQF4D2cATtpw2Fgb7Q=",
      caption: "This one",
      url: "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1003383421387256&ext=1749416710&hash=ATtHtJ3bbD5lYyoXEW5Dm5M",
    });
    expect(event.context).toEqual({ forwarded: true });
  });

  it("reads video, voice note, document and animated sticker", () => {
    expect(onlyMessage("message-video").content).toMatchObject({
      kind: "media",
      mediaType: "video",
      mediaId: "2094837465012345",
      mimeType: "video/mp4",
      caption: "Unboxing",
    });
    expect(onlyMessage("message-audio-voice").content).toMatchObject({
      kind: "media",
      mediaType: "audio",
      mediaId: "1275632173808123",
      mimeType: "audio/ogg; codecs=opus",
      voice: true,
    });
    expect(onlyMessage("message-document").content).toMatchObject({
      kind: "media",
      mediaType: "document",
      mediaId: "3178450052318290",
      mimeType: "application/pdf",
      filename: "receipt-0425.pdf",
      caption: "My receipt",
    });
    expect(onlyMessage("message-sticker").content).toMatchObject({
      kind: "media",
      mediaType: "sticker",
      mediaId: "1232093101814120",
      mimeType: "image/webp",
      animated: true,
    });
  });

  it("reads a location", () => {
    expect(onlyMessage("message-location").content).toEqual({
      kind: "location",
      latitude: 37.483307,
      longitude: -122.148981,
      name: "Main Office",
      address: "1 Hacker Way, Menlo Park, CA 94025",
      url: "https://www.meta.com",
    });
  });

  it("reads shared contact cards", () => {
    expect(onlyMessage("message-contacts").content).toEqual({
      kind: "contacts",
      contacts: [
        {
          formattedName: "Kerry Fitzgerald",
          firstName: "Kerry",
          lastName: "Fitzgerald",
          phones: [
            { phone: "+1 (415) 555-0123", type: "WORK", waId: "14155550123" },
            { phone: "+1 (415) 555-0199", type: "HOME" },
          ],
          emails: [{ email: "kfitzgerald@example.com", type: "WORK" }],
          organization: "Lucky Shrub",
          urls: [{ url: "https://www.luckyshrub.com", type: "WORK" }],
        },
      ],
    });
  });

  it("reads reply-button and list-row taps as choice replies, with the message they answer", () => {
    const button = onlyMessage("message-button-reply");
    expect(button.content).toEqual({
      kind: "choice_reply",
      via: "button",
      optionId: "opt_a",
      title: "Option A",
    });
    expect(button.context?.replyToProviderId).toBe(
      "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJBQkM0RkI2RjdBQTdBNEI5MjQA",
    );
    expect(onlyMessage("message-list-reply").content).toEqual({
      kind: "choice_reply",
      via: "list",
      optionId: "express",
      title: "Express",
      description: "1-2 days",
    });
  });

  it("reads a submitted Flow", () => {
    const content = onlyMessage("message-flow-reply").content;
    expect(content).toEqual({
      kind: "flow_reply",
      name: "flow",
      body: "Sent",
      responseJson: '{"flow_token":"booking-7f3a","date":"2025-06-12","party_size":"4"}',
    });
  });

  it("reads a template quick-reply tap", () => {
    expect(onlyMessage("message-template-button").content).toEqual({
      kind: "template_button",
      payload: "reorder:123",
      text: "Order again",
    });
  });

  it("reads a reaction", () => {
    expect(onlyMessage("message-reaction").content).toEqual({
      kind: "reaction",
      targetMessageId: "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI0QjdBMjU3NUQ5RjEyQzNEOTEA",
      emoji: "👍",
    });
  });

  it("reads an order", () => {
    expect(onlyMessage("message-order").content).toEqual({
      kind: "order",
      catalogId: "194836987003835",
      text: "Please deliver after 6pm",
      items: [
        { productId: "di9ozbzfi4", quantity: 2, itemPrice: 29.99, currency: "USD" },
        { productId: "nqryix03ez", quantity: 1, itemPrice: 12.5, currency: "USD" },
      ],
    });
  });

  it("reads a system message with the new number", () => {
    expect(onlyMessage("message-system").content).toEqual({
      kind: "system",
      systemType: "user_changed_number",
      body: "Sheena Nelson changed from 16505551234 to 16505559876",
      newContactId: "16505559876",
    });
  });

  it("reads a welcome request", () => {
    expect(onlyMessage("message-request-welcome").content).toEqual({ kind: "welcome_request" });
  });

  it("reads Meta's unsupported type with its errors", () => {
    expect(onlyMessage("message-unsupported").content).toEqual({
      kind: "unsupported",
      rawType: "unsupported",
      errors: [
        {
          code: 131051,
          title: "Message type unknown",
          message: "Message type unknown",
          details: "Message type is currently not supported.",
        },
      ],
    });
  });

  it("turns a type it does not know into unsupported with the raw type", () => {
    const event = onlyMessage("message-unknown-type");
    expect(event.content).toEqual({ kind: "unsupported", rawType: "poll", errors: [] });
    expect(event.raw).toMatchObject({ poll: { question: "Which colour?" } });
  });
});
