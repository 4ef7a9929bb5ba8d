// Text, location, contacts and reaction messages: limits, rules and payloads.
import type { MessageOf, OutboundMessage } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { compileWhatsAppMessage } from "./compile-message.js";
import { violationsOf } from "./limit-cases.test-support.js";

const text = (body: string): MessageOf<"text"> => ({ kind: "text", text: body });

describe("text", () => {
  it("accepts 4096 characters and refuses 4097", () => {
    expect(violationsOf(text("t".repeat(4096)))).toEqual([]);
    expect(violationsOf(text("t".repeat(4097)))).toEqual([
      {
        path: "text",
        rule: "max_length",
        message: "text: 4097 characters, WhatsApp allows 4096",
        limit: 4096,
        actual: 4097,
      },
    ]);
  });

  it("holds CJK by code point and emoji by UTF-16 unit", () => {
    expect(violationsOf(text("預約試妝".repeat(1024)))).toEqual([]);
    expect(violationsOf(text("😀".repeat(2048)))).toEqual([]);
    expect(violationsOf(text("😀".repeat(2049)))).toEqual([
      expect.objectContaining({ path: "text", rule: "max_length", limit: 4096, actual: 4098 }),
    ]);
  });

  it("refuses an empty text", () => {
    expect(violationsOf(text(""))).toEqual([expect.objectContaining({ path: "text", rule: "required" })]);
  });

  it("renders the body and preview_url", () => {
    expect(
      compileWhatsAppMessage({ kind: "text", text: "Hi https://example.com", previewUrl: true }),
    ).toEqual({
      ok: true,
      value: { type: "text", text: { body: "Hi https://example.com", preview_url: true } },
    });
    expect(compileWhatsAppMessage(text("預約試妝 👩‍👩‍👧‍👦"))).toEqual({
      ok: true,
      value: { type: "text", text: { body: "預約試妝 👩‍👩‍👧‍👦" } },
    });
  });
});

describe("location", () => {
  it("renders latitude, longitude, name and address", () => {
    const message: OutboundMessage = {
      kind: "location",
      latitude: 25.0336,
      longitude: 121.5648,
      name: "Taipei 101 store",
      address: "No. 7, Section 5, Xinyi Road, Taipei",
    };
    expect(compileWhatsAppMessage(message)).toEqual({
      ok: true,
      value: {
        type: "location",
        location: {
          latitude: 25.0336,
          longitude: 121.5648,
          name: "Taipei 101 store",
          address: "No. 7, Section 5, Xinyi Road, Taipei",
        },
      },
    });
  });

  it("refuses coordinates off the globe", () => {
    expect(violationsOf({ kind: "location", latitude: 90.5, longitude: -181 })).toEqual([
      expect.objectContaining({ path: "latitude", rule: "range", limit: 90, actual: 90.5 }),
      expect.objectContaining({ path: "longitude", rule: "range", limit: -180, actual: -181 }),
    ]);
  });
});

describe("contacts", () => {
  it("renders a contact card", () => {
    const message: OutboundMessage = {
      kind: "contacts",
      contacts: [
        {
          formattedName: "Mei Lin Chen",
          firstName: "Mei Lin",
          lastName: "Chen",
          phones: [{ phone: "+886 2 2345 6789", type: "WORK", waId: "886223456789" }],
          emails: [{ email: "mei@example.com", type: "WORK" }],
          organization: "Rosé Beauty Xinyi",
          urls: [{ url: "https://rose.example.com", type: "WORK" }],
        },
        { formattedName: "Front desk", phones: [{ phone: "+886 2 2345 0000" }] },
      ],
    };
    expect(compileWhatsAppMessage(message)).toEqual({
      ok: true,
      value: {
        type: "contacts",
        contacts: [
          {
            name: { formatted_name: "Mei Lin Chen", first_name: "Mei Lin", last_name: "Chen" },
            phones: [{ phone: "+886 2 2345 6789", type: "WORK", wa_id: "886223456789" }],
            emails: [{ email: "mei@example.com", type: "WORK" }],
            org: { company: "Rosé Beauty Xinyi" },
            urls: [{ url: "https://rose.example.com", type: "WORK" }],
          },
          { name: { formatted_name: "Front desk" }, phones: [{ phone: "+886 2 2345 0000" }] },
        ],
      },
    });
  });

  it("needs at least one card, each with a formatted name and filled entries", () => {
    expect(violationsOf({ kind: "contacts", contacts: [] })).toEqual([
      expect.objectContaining({ path: "contacts", rule: "min_items", limit: 1, actual: 0 }),
    ]);
    const message: OutboundMessage = {
      kind: "contacts",
      contacts: [
        { formattedName: " ", phones: [{ phone: "" }], emails: [{ email: "" }], urls: [{ url: "" }] },
      ],
    };
    expect(violationsOf(message).map((v) => `${v.path} ${v.rule}`)).toEqual([
      "contacts[0].formattedName required",
      "contacts[0].phones[0].phone required",
      "contacts[0].emails[0].email required",
      "contacts[0].urls[0].url required",
    ]);
  });
});

describe("reaction", () => {
  const reaction = (
    emoji: string,
    targetMessageId = "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTdCNUQ5",
  ): OutboundMessage => ({
    kind: "reaction",
    targetMessageId,
    emoji,
  });

  it.each(["👍", "👩‍👩‍👧‍👦", ""])("renders the reaction %j", (emoji) => {
    expect(compileWhatsAppMessage(reaction(emoji))).toEqual({
      ok: true,
      value: {
        type: "reaction",
        reaction: { message_id: "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQTdCNUQ5", emoji },
      },
    });
  });

  it("refuses text as a reaction and a missing target", () => {
    expect(violationsOf(reaction("ok", ""))).toEqual([
      expect.objectContaining({ path: "targetMessageId", rule: "required" }),
      expect.objectContaining({ path: "emoji", rule: "format" }),
    ]);
  });
});
