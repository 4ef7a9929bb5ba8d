import { describe, expect, it } from "vitest";
import { loadWhatsAppFixture, whatsAppFixtureNames } from "./fixtures/index.js";
import { parseWhatsAppWebhook } from "./parse-webhook.js";

const PHONE_NUMBER_ID = "106540352242922";
const WABA_ID = "102290129340398";

/** A one-change envelope around `value`. */
const envelope = (value: unknown, field = "messages") => ({
  object: "whatsapp_business_account",
  entry: [{ id: WABA_ID, changes: [{ value, field }] }],
});
const messagesValue = (messages: unknown[]) => ({
  messaging_product: "whatsapp",
  metadata: { display_phone_number: "15550783881", phone_number_id: PHONE_NUMBER_ID },
  contacts: [{ profile: { name: "Sheena Nelson" }, wa_id: "16505551234" }],
  messages,
});

describe("parseWhatsAppWebhook: envelope and other fields", () => {
  it.each(whatsAppFixtureNames)("parses fixture %s into events of this channel", (name) => {
    const events = parseWhatsAppWebhook(loadWhatsAppFixture(name));
    expect(events.length).toBeGreaterThan(0);
    for (const event of events) expect(event.channel).toBe("whatsapp");
  });

  it("turns value.errors into one account error event", () => {
    const body = loadWhatsAppFixture("account-errors");
    const events = parseWhatsAppWebhook(body);
    expect(events).toEqual([
      {
        type: "account_error",
        channel: "whatsapp",
        accountExternalId: PHONE_NUMBER_ID,
        errors: [
          {
            code: 131000,
            title: "Something went wrong",
            message: "Something went wrong",
            details: "Unable to process the message because of an internal error.",
          },
        ],
        raw: expect.objectContaining({ messaging_product: "whatsapp" }),
      },
    ]);
  });

  it("turns a template status update into a template status event of the WABA, raw value untouched", () => {
    const events = parseWhatsAppWebhook(loadWhatsAppFixture("template-status-update"));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "template_status",
      channel: "whatsapp",
      accountExternalId: WABA_ID,
      providerTemplateId: "1689556908129835",
      name: "abandoned_cart",
      language: "en",
      status: "REJECTED",
      reasonCode: "INVALID_FORMAT",
      timestamp: 1751247548000,
      raw: { event: "REJECTED", message_template_id: 1689556908129835, reason: "INVALID_FORMAT" },
    });
  });

  it("keeps a template status update it cannot read as an other event of the WABA", () => {
    const events = parseWhatsAppWebhook(
      envelope({ event: "APPROVED", message_template_name: "x" }, "message_template_status_update"),
    );
    expect(events).toEqual([
      {
        type: "other",
        channel: "whatsapp",
        accountExternalId: WABA_ID,
        field: "message_template_status_update",
        raw: { event: "APPROVED", message_template_name: "x" },
      },
    ]);
  });

  it("keeps user preferences as an other event of the phone number", () => {
    const events = parseWhatsAppWebhook(loadWhatsAppFixture("user-preferences"));
    expect(events).toEqual([
      {
        type: "other",
        channel: "whatsapp",
        accountExternalId: PHONE_NUMBER_ID,
        field: "user_preferences",
        raw: expect.objectContaining({
          user_preferences: [expect.objectContaining({ category: "marketing_messages", value: "stop" })],
        }),
      },
    ]);
  });

  it("reads a batch across entries, changes and phone numbers, in order, skipping malformed items", () => {
    const events = parseWhatsAppWebhook(loadWhatsAppFixture("batch"));
    expect(
      events.map((e) => [
        e.type,
        e.accountExternalId,
        "providerMessageId" in e ? e.providerMessageId : undefined,
      ]),
    ).toEqual([
      ["message", PHONE_NUMBER_ID, "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQkFUQ0gwMDAwMDAwMDAwMDAxAA=="],
      ["message", PHONE_NUMBER_ID, "wamid.HBgLMTQxNTU1NTAxMjMVAgASGBQzQkFUQ0gwMDAwMDAwMDAwMDAyAA=="],
      ["message", PHONE_NUMBER_ID, "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQkFUQ0gwMDAwMDAwMDAwMDAzAA=="],
      ["status", PHONE_NUMBER_ID, "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI0QjdBMjU3NUQ5RjEyQzNEOTEA"],
      ["status", PHONE_NUMBER_ID, "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI0QjdBMjU3NUQ5RjEyQzNEOTEA"],
      ["status", "209384756102938", "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBJPVEhFUk5VTUJFUjAwMDAxAA=="],
    ]);
    // Each sender gets the profile name listed for their own wa_id.
    expect(events.slice(0, 2).map((e) => (e.type === "message" ? e.sender.displayName : undefined))).toEqual([
      "Sheena Nelson",
      "Kerry Fitzgerald",
    ]);
    expect(events.slice(3, 5).map((e) => (e.type === "status" ? e.status : undefined))).toEqual([
      "delivered",
      "read",
    ]);
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a string", "hello"],
    ["a number", 42],
    ["an array", [1, 2]],
    ["an empty object", {}],
    ["another object type", { object: "page", entry: [] }],
    [
      "Messenger's envelope",
      { object: "page", entry: [{ id: "1", messaging: [{ message: { text: "hi" } }] }] },
    ],
    ["entry that is not an array", { object: "whatsapp_business_account", entry: {} }],
    ["entries without changes", { object: "whatsapp_business_account", entry: [null, 1, { id: "1" }] }],
    [
      "changes of the wrong shape",
      { object: "whatsapp_business_account", entry: [{ id: "1", changes: [null, {}] }] },
    ],
  ])("returns [] for %s", (_label, body) => {
    expect(parseWhatsAppWebhook(body)).toEqual([]);
  });

  it("skips a messages change without a phone number id", () => {
    expect(
      parseWhatsAppWebhook(envelope({ messages: [{ id: "w", from: "1", timestamp: "1", type: "text" }] })),
    ).toEqual([]);
  });

  it("skips message items without id, sender, valid timestamp or type, and keeps the rest", () => {
    const good = {
      from: "16505551234",
      id: "wamid.OK",
      timestamp: "1750000000",
      type: "text",
      text: { body: "ok" },
    };
    const events = parseWhatsAppWebhook(
      envelope(
        messagesValue([
          null,
          "text",
          { ...good, id: undefined },
          { ...good, from: undefined },
          { ...good, timestamp: "yesterday" },
          { ...good, timestamp: "-5" },
          { ...good, type: undefined },
          good,
        ]),
      ),
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ providerMessageId: "wamid.OK", timestamp: 1750000000000 });
  });

  it("keeps a message whose content has an unexpected shape as unsupported, and ignores a broken context", () => {
    const base = { from: "16505551234", timestamp: "1750000000" };
    const events = parseWhatsAppWebhook(
      envelope(
        messagesValue([
          { ...base, id: "w1", type: "text", text: { body: 5 }, context: "not an object" },
          { ...base, id: "w2", type: "image", image: { caption: "no id" } },
          { ...base, id: "w3", type: "interactive", interactive: { type: "carousel_reply" } },
          { ...base, id: "w4", type: "constructor" },
          { ...base, id: "w5", type: "__proto__" },
        ]),
      ),
    );
    expect(events.map((e) => (e.type === "message" ? [e.content, e.context] : e.type))).toEqual([
      [{ kind: "unsupported", rawType: "text", errors: [] }, undefined],
      [{ kind: "unsupported", rawType: "image", errors: [] }, undefined],
      [{ kind: "unsupported", rawType: "interactive", errors: [] }, undefined],
      [{ kind: "unsupported", rawType: "constructor", errors: [] }, undefined],
      [{ kind: "unsupported", rawType: "__proto__", errors: [] }, undefined],
    ]);
  });

  it("accepts a numeric timestamp and a reaction removal without emoji", () => {
    const [event] = parseWhatsAppWebhook(
      envelope(
        messagesValue([
          {
            from: "1",
            id: "w",
            timestamp: 1750000000,
            type: "reaction",
            reaction: { message_id: "wamid.T" },
          },
        ]),
      ),
    );
    expect(event).toMatchObject({
      timestamp: 1750000000000,
      content: { kind: "reaction", targetMessageId: "wamid.T", emoji: "" },
    });
  });

  it("keeps a messages value with nothing it knows as an other event", () => {
    const value = { metadata: { phone_number_id: PHONE_NUMBER_ID }, message_echoes: [{ id: "x" }] };
    expect(parseWhatsAppWebhook(envelope(value))).toEqual([
      {
        type: "other",
        channel: "whatsapp",
        accountExternalId: PHONE_NUMBER_ID,
        field: "messages",
        raw: value,
      },
    ]);
  });
});
