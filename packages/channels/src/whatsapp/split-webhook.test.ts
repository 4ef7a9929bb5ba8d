import { describe, expect, it } from "vitest";
import { splitWhatsAppWebhook } from "./split-webhook.js";

const metadata = { display_phone_number: "15550001111", phone_number_id: "106540352242922" };

describe("splitWhatsAppWebhook", () => {
  it("splits a batch into one body per message and status, keyed by provider id", () => {
    const body = {
      object: "whatsapp_business_account",
      entry: [
        {
          id: "WABA1",
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata,
                contacts: [{ profile: { name: "Mei" }, wa_id: "886912345678" }],
                messages: [
                  {
                    from: "886912345678",
                    id: "wamid.A",
                    timestamp: "1750000000",
                    type: "text",
                    text: { body: "hi" },
                  },
                  {
                    from: "886912345678",
                    id: "wamid.B",
                    timestamp: "1750000001",
                    type: "text",
                    text: { body: "yo" },
                  },
                ],
                statuses: [
                  { id: "wamid.OUT", status: "read", timestamp: "1750000002", recipient_id: "886912345678" },
                ],
              },
            },
          ],
        },
      ],
    };
    const items = splitWhatsAppWebhook(body);
    expect(items.map((i) => i.dedupeKey)).toEqual([
      "message:wamid.A",
      "message:wamid.B",
      "status:wamid.OUT:read",
    ]);
    expect(items.every((i) => i.accountExternalId === "106540352242922")).toBe(true);
    const first = JSON.stringify(items[0]?.body);
    expect(first).toContain("wamid.A");
    expect(first).not.toContain("wamid.B");
    expect(first).toContain("Mei");
  });

  it("keeps other fields whole, keyed by the WABA id, with no provider key", () => {
    const body = {
      object: "whatsapp_business_account",
      entry: [
        { id: "WABA1", changes: [{ field: "message_template_status_update", value: { event: "APPROVED" } }] },
      ],
    };
    expect(splitWhatsAppWebhook(body)).toEqual([
      {
        accountExternalId: "WABA1",
        dedupeKey: undefined,
        body: {
          object: "whatsapp_business_account",
          entry: [{ id: "WABA1", changes: body.entry[0]?.changes }],
        },
      },
    ]);
  });

  it("returns nothing for a body that is not a WhatsApp webhook", () => {
    expect(splitWhatsAppWebhook({ object: "page", entry: [] })).toEqual([]);
    expect(splitWhatsAppWebhook("x")).toEqual([]);
  });
});
