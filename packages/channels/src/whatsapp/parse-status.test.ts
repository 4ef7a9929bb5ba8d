import { describe, expect, it } from "vitest";
import type { StatusEvent } from "@switchboard/core";
import { loadWhatsAppFixture, type WhatsAppFixtureName } from "./fixtures/index.js";
import { parseWhatsAppWebhook } from "./parse-webhook.js";

const SENT_WAMID = "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI0QjdBMjU3NUQ5RjEyQzNEOTEA";

function onlyStatus(name: WhatsAppFixtureName): StatusEvent {
  const events = parseWhatsAppWebhook(loadWhatsAppFixture(name));
  expect(events).toHaveLength(1);
  const [event] = events;
  if (event?.type !== "status") throw new Error(`${name}: expected a status event, got ${event?.type}`);
  expect(event.channel).toBe("whatsapp");
  expect(event.accountExternalId).toBe("106540352242922");
  return event;
}

describe("parseWhatsAppWebhook: statuses", () => {
  it("reads sent with callback data, pricing category and the untouched item", () => {
    const event = onlyStatus("status-sent");
    expect(event).toMatchObject({
      providerMessageId: SENT_WAMID,
      status: "sent",
      timestamp: 1750030073000,
      recipientExternalId: "16505551234",
      errors: [],
      callbackData: "broadcast:42",
      pricingCategory: "marketing",
    });
    expect(event.raw).toMatchObject({ conversation: { origin: { type: "marketing" } } });
  });

  it("reads delivered, read and played", () => {
    expect(onlyStatus("status-delivered")).toMatchObject({ status: "delivered", timestamp: 1750030075000 });
    const read = onlyStatus("status-read");
    expect(read).toMatchObject({ status: "read", providerMessageId: SENT_WAMID, errors: [] });
    expect(read.callbackData).toBeUndefined();
    expect(read.pricingCategory).toBeUndefined();
    expect(onlyStatus("status-played")).toMatchObject({
      status: "played",
      recipientExternalId: "16505551234",
    });
  });

  it("reads a failure outside the customer service window (131047)", () => {
    expect(onlyStatus("status-failed-131047")).toMatchObject({
      status: "failed",
      timestamp: 1744609253000,
      recipientExternalId: "865012345678",
      errors: [
        {
          code: 131047,
          title: "Re-engagement message",
          message: "Re-engagement message",
          details:
            "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
        },
      ],
    });
  });

  it("reads an undeliverable failure (131026) with its callback data", () => {
    expect(onlyStatus("status-failed-131026")).toMatchObject({
      status: "failed",
      callbackData: "order:9081",
      errors: [{ code: 131026, title: "Message undeliverable", details: "Message Undeliverable." }],
    });
  });

  it("keeps a state it does not know as an other event of the messages field", () => {
    const item = { id: "wamid.X", status: "deleted", timestamp: "1750030073", recipient_id: "1" };
    const body = {
      object: "whatsapp_business_account",
      entry: [
        {
          id: "1",
          changes: [{ field: "messages", value: { metadata: { phone_number_id: "9" }, statuses: [item] } }],
        },
      ],
    };
    expect(parseWhatsAppWebhook(body)).toEqual([
      { type: "other", channel: "whatsapp", accountExternalId: "9", field: "messages", raw: item },
    ]);
  });

  it("drops malformed error entries but keeps the status", () => {
    const item = {
      id: "wamid.Y",
      status: "failed",
      timestamp: "1750030073",
      recipient_id: "1",
      pricing: "not an object",
      errors: [{ title: "no code" }, { code: "131049", title: "numeric string code" }, null],
    };
    const body = {
      object: "whatsapp_business_account",
      entry: [
        {
          id: "1",
          changes: [{ field: "messages", value: { metadata: { phone_number_id: "9" }, statuses: [item] } }],
        },
      ],
    };
    const [event] = parseWhatsAppWebhook(body);
    expect(event).toMatchObject({ type: "status", status: "failed", errors: [{ code: 131049 }] });
    expect(event?.type === "status" && event.pricingCategory).toBeUndefined();
  });
});
