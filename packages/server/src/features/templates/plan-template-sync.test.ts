import { WhatsAppTemplateInfoSchema, toWhatsAppTemplateCreateRequest } from "@switchboard/channels";
import type { TemplateDefinition } from "@switchboard/channels";
import { describe, expect, it } from "vitest";
import { planTemplateSync } from "./plan-template-sync.js";
import { orderUpdate, storedTemplate } from "./template.test-support.js";

/** A template as Meta lists it. */
const listed = (
  definition: TemplateDefinition,
  id: string,
  status: string,
  extra: Record<string, unknown> = {},
) =>
  WhatsAppTemplateInfoSchema.parse({ ...toWhatsAppTemplateCreateRequest(definition), id, status, ...extra });

describe("planTemplateSync", () => {
  it("changes nothing when Meta says what the registry holds", () => {
    const plan = planTemplateSync([storedTemplate()], [listed(orderUpdate, "1689556908129835", "APPROVED")]);
    expect(plan).toEqual({ updates: [], inserts: [], skipped: [] });
  });

  it("follows Meta's status and rejection reason, matching by id", () => {
    const stored = storedTemplate({ status: "PENDING" });
    const plan = planTemplateSync(
      [stored],
      [listed(orderUpdate, "1689556908129835", "REJECTED", { rejected_reason: "INVALID_FORMAT" })],
    );
    expect(plan.updates).toEqual([
      { id: stored.id, patch: { status: "REJECTED", statusReason: "INVALID_FORMAT" } },
    ]);
  });

  it("keeps a webhook's fuller reason when the status is unchanged", () => {
    const stored = storedTemplate({ status: "REJECTED", statusReason: "INVALID_FORMAT: Fix the body." });
    const plan = planTemplateSync(
      [stored],
      [listed(orderUpdate, "1689556908129835", "REJECTED", { rejected_reason: "INVALID_FORMAT" })],
    );
    expect(plan.updates).toEqual([]);
  });

  it("matches by name and language when the id differs, taking Meta's id and category", () => {
    const stored = storedTemplate({ providerTemplateId: null, status: "draft" });
    const plan = planTemplateSync(
      [stored],
      [listed({ ...orderUpdate, category: "marketing" }, "555", "PENDING")],
    );
    expect(plan.updates).toEqual([
      {
        id: stored.id,
        patch: { status: "PENDING", statusReason: null, providerTemplateId: "555", category: "MARKETING" },
      },
    ]);
    expect(plan.inserts).toEqual([]);
  });

  it("adds a template created elsewhere with the definition read back from Meta", () => {
    const plan = planTemplateSync([], [listed(orderUpdate, "777", "APPROVED")]);
    expect(plan.inserts).toEqual([
      {
        definition: orderUpdate,
        category: "UTILITY",
        status: "APPROVED",
        statusReason: null,
        providerTemplateId: "777",
      },
    ]);
  });

  it("skips a template it cannot hold, saying why", () => {
    const catalog = WhatsAppTemplateInfoSchema.parse({
      id: "888",
      name: "spring_catalog",
      language: "en",
      status: "APPROVED",
      category: "MARKETING",
      components: [
        { type: "BODY", text: "New in." },
        { type: "BUTTONS", buttons: [{ type: "CATALOG", text: "View" }] },
      ],
    });
    const plan = planTemplateSync([], [catalog]);
    expect(plan.inserts).toEqual([]);
    expect(plan.skipped).toEqual([
      {
        name: "spring_catalog",
        language: "en",
        reason:
          "spring_catalog (en): components[1].buttons[0].type: CATALOG buttons are not supported by the registry",
      },
    ]);
  });

  it("marks a submitted template Meta no longer lists as DELETED, leaving drafts and deleted ones alone", () => {
    const gone = storedTemplate({ id: "tpl_gone" });
    const draft = storedTemplate({
      id: "tpl_draft",
      name: "draft_one",
      status: "draft",
      providerTemplateId: null,
    });
    const deleted = storedTemplate({
      id: "tpl_deleted",
      name: "old_one",
      status: "DELETED",
      providerTemplateId: "9",
    });
    const plan = planTemplateSync([gone, draft, deleted], []);
    expect(plan.updates).toEqual([
      {
        id: "tpl_gone",
        patch: {
          status: "DELETED",
          statusReason: "WhatsApp no longer lists this template; it was deleted outside Switchboard.",
        },
      },
    ]);
  });
});
