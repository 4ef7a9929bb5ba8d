import { describe, expect, it } from "vitest";
import { parseWhatsAppTemplateStatus } from "./parse-template-status.js";

const WABA_ID = "102290129340398";

const value = (patch: Record<string, unknown> = {}) => ({
  event: "APPROVED",
  message_template_id: 1689556908129835,
  message_template_name: "order_update",
  message_template_language: "en_US",
  reason: "NONE",
  message_template_category: "UTILITY",
  ...patch,
});

describe("parseWhatsAppTemplateStatus", () => {
  it("reads an approval: id as a string, no reason for NONE, the entry time in milliseconds", () => {
    expect(parseWhatsAppTemplateStatus(value(), WABA_ID, 1751247548)).toEqual({
      type: "template_status",
      channel: "whatsapp",
      accountExternalId: WABA_ID,
      providerTemplateId: "1689556908129835",
      name: "order_update",
      language: "en_US",
      status: "APPROVED",
      timestamp: 1751247548000,
      raw: value(),
    });
  });

  it("reads a rejection with Meta's code, reason and recommendation", () => {
    const event = parseWhatsAppTemplateStatus(
      value({
        event: "REJECTED",
        reason: "INVALID_FORMAT",
        rejection_info: {
          reason: "Variable parameters are not allowed at the start of the body.",
          recommendation: "Start the body with fixed text.",
        },
      }),
      WABA_ID,
      undefined,
    );
    expect(event).toMatchObject({
      status: "REJECTED",
      reasonCode: "INVALID_FORMAT",
      reasonText:
        "Variable parameters are not allowed at the start of the body. Start the body with fixed text.",
    });
    expect(event).not.toHaveProperty("timestamp");
  });

  it("reads a pause with its title and description, and a disable with its date", () => {
    const paused = parseWhatsAppTemplateStatus(
      value({
        event: "PAUSED",
        other_info: { title: "FIRST_PAUSE", description: "Paused for 3 hours after low quality." },
      }),
      WABA_ID,
      undefined,
    );
    expect(paused).toMatchObject({
      status: "PAUSED",
      reasonText: "FIRST_PAUSE: Paused for 3 hours after low quality.",
    });
    const disabled = parseWhatsAppTemplateStatus(
      value({ event: "DISABLED", disable_info: { disable_date: "2026-07-01" } }),
      WABA_ID,
      undefined,
    );
    expect(disabled).toMatchObject({ status: "DISABLED", reasonText: "Disabled on 2026-07-01." });
  });

  it("accepts a null reason (scheduled for deletion) and a string id", () => {
    const event = parseWhatsAppTemplateStatus(
      value({ event: "PENDING_DELETION", reason: null, message_template_id: "42" }),
      WABA_ID,
      undefined,
    );
    expect(event).toMatchObject({ status: "PENDING_DELETION", providerTemplateId: "42" });
    expect(event).not.toHaveProperty("reasonCode");
  });

  it.each([
    ["no id", { message_template_id: undefined }],
    ["no name", { message_template_name: "" }],
    ["no language", { message_template_language: undefined }],
    ["no event", { event: undefined }],
  ])("gives undefined for a value with %s", (_label, patch) => {
    expect(parseWhatsAppTemplateStatus(value(patch), WABA_ID, undefined)).toBeUndefined();
  });

  it("gives undefined for something that is not an object", () => {
    expect(parseWhatsAppTemplateStatus("APPROVED", WABA_ID, undefined)).toBeUndefined();
  });
});
