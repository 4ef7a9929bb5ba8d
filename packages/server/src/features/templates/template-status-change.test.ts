import type { TemplateStatusEvent } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { templateStatusChange } from "./template-status-change.js";

const event = (patch: Partial<TemplateStatusEvent> = {}): TemplateStatusEvent => ({
  type: "template_status",
  channel: "whatsapp",
  accountExternalId: "102290129340398",
  providerTemplateId: "1689556908129835",
  name: "order_update",
  language: "en_US",
  status: "APPROVED",
  raw: {},
  ...patch,
});

describe("templateStatusChange", () => {
  it("stores an approval with no reason, clearing an earlier one", () => {
    expect(templateStatusChange(event())).toEqual({ status: "APPROVED", statusReason: null });
  });

  it("stores a rejection with Meta's code and explanation", () => {
    const change = templateStatusChange(
      event({
        status: "REJECTED",
        reasonCode: "INVALID_FORMAT",
        reasonText: "Start the body with fixed text.",
      }),
    );
    expect(change).toEqual({
      status: "REJECTED",
      statusReason: "INVALID_FORMAT: Start the body with fixed text.",
    });
  });

  it("stores a pause with its explanation only when Meta gives no code", () => {
    const change = templateStatusChange(event({ status: "PAUSED", reasonText: "FIRST_PAUSE: Low quality." }));
    expect(change).toEqual({ status: "PAUSED", statusReason: "FIRST_PAUSE: Low quality." });
  });

  it("puts a reinstated template back to APPROVED", () => {
    expect(templateStatusChange(event({ status: "REINSTATED" })).status).toBe("APPROVED");
  });
});
