// The template registry against the simulator's Graph API and its signed review webhooks, on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../testing/test-databases.js";
import { eventually, startTestSwitchboard, testNumber } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { inboundTextWebhook } from "../../testing/inbound-text-webhook.js";

interface ApiTemplate {
  id: string;
  name: string;
  language: string;
  category: string;
  status: string;
  statusReason: string | null;
  providerTemplateId: string | null;
  definition: { name: string; body?: { text: string } };
}
interface ApiError {
  error: {
    code: string;
    message: string;
    path?: string;
    violations?: { path: string; rule: string; message: string }[];
    platformCode?: number;
    platformSubcode?: number;
  };
}

/** A positional utility template that passes every rule. */
const orderUpdate = (name: string) => ({
  name,
  language: "en_US",
  category: "utility",
  body: {
    text: "Hi {{1}}, your order {{2}} has shipped.",
    examples: { "1": "Jessica", "2": "A-1001" },
  },
  footer: { text: "Reply STOP to opt out" },
  buttons: [{ type: "quick_reply", text: "Track order" }],
});

/** The neutral message that fills `orderUpdate`. */
const orderUpdateMessage = (name: string) => ({
  kind: "template",
  name,
  language: "en_US",
  body: [
    { type: "text", text: "Mei" },
    { type: "text", text: "A-2002" },
  ],
});

/** A status update for one template as Meta signs and sends it. */
function templateStatusWebhook(template: ApiTemplate, value: Record<string, unknown>) {
  return {
    object: "whatsapp_business_account",
    entry: [
      {
        id: testNumber.wabaId,
        time: Math.floor(Date.now() / 1000),
        changes: [
          {
            field: "message_template_status_update",
            value: {
              message_template_id: Number(template.providerTemplateId),
              message_template_name: template.name,
              message_template_language: template.language,
              message_template_category: template.category,
              ...value,
            },
          },
        ],
      },
    ],
  };
}

describe.each(testDialects)("WhatsApp templates on %s", (dialect) => {
  let h: TestSwitchboard;
  beforeAll(async () => {
    // Long enough that a template is still PENDING right after it is created.
    h = await startTestSwitchboard(dialect, { templateReviewDelayMs: 1500 });
  });
  afterAll(async () => h.close());

  const templatesPath = () => `/api/v1/channel-accounts/${h.channelAccountId}/templates`;
  const listTemplates = async () => (await h.api("GET", templatesPath())).json as { items: ApiTemplate[] };
  const create = async (definition: unknown) => h.api("POST", templatesPath(), definition);
  const getTemplate = async (id: string) =>
    ((await h.api("GET", `/api/v1/templates/${id}`)).json as { template: ApiTemplate }).template;
  const untilStatus = async (id: string, status: string) =>
    eventually(async () => {
      const template = await getTemplate(id);
      return template.status === status ? template : undefined;
    }, `template ${id} ${status}`);
  /** The simulator's Graph API, called as another tool of the business would (same token). */
  const graph = async (method: string, query: string, body?: unknown) => {
    const response = await fetch(`${h.simulatorUrl}/v25.0/${testNumber.wabaId}/message_templates${query}`, {
      method,
      headers: {
        authorization: `Bearer ${h.secrets.accessToken}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, json: (await response.json()) as { data?: { name: string }[] } };
  };
  const conversationOf = async (waId: string) =>
    eventually(async () => {
      const list = await h.api("GET", "/api/v1/conversations");
      const items = (list.json as { items: { id: string; contact: { externalId: string } }[] }).items;
      return items.find((c) => c.contact.externalId === waId)?.id;
    }, `the conversation of ${waId}`);

  it("refuses a broken definition with every violation and its path, storing and submitting nothing", async () => {
    const response = await create({
      name: "Order Update!",
      language: "english",
      category: "utility",
      body: { text: "{{1}} has shipped" },
      footer: { text: "x".repeat(61) },
      buttons: [{ type: "quick_reply", text: "A label longer than twenty-five" }],
    });
    expect(response.status).toBe(422);
    const body = response.json as ApiError;
    expect(body.error.code).toBe("template_invalid");
    expect(body.error.violations?.map((v) => v.path)).toEqual([
      "name",
      "language",
      "body.text",
      "body.examples.1",
      "footer.text",
      "buttons[0].text",
    ]);
    expect(body.error.message).toContain("footer.text: 61 characters, WhatsApp allows 60");
    expect((await listTemplates()).items).toEqual([]);
    expect((await graph("GET", "")).json.data).toEqual([]);
  });

  it("answers 400 naming the field when the body does not match the definition schema", async () => {
    const response = await create({ ...orderUpdate("order_update"), category: "promotional" });
    expect(response.status).toBe(400);
    expect((response.json as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe(
      "body.category",
    );
  });

  it("submits a valid template as PENDING, refuses to send it until Meta approves it, then sends it", async () => {
    const created = await create(orderUpdate("order_update"));
    expect(created.status).toBe(201);
    const template = (created.json as { template: ApiTemplate }).template;
    expect(template).toMatchObject({
      name: "order_update",
      language: "en_US",
      category: "UTILITY",
      status: "PENDING",
      statusReason: null,
    });
    expect(template.providerTemplateId).toMatch(/^\d+$/);
    expect((await graph("GET", "")).json.data?.map((t) => t.name)).toContain("order_update");

    await h.customerSends("886911000001", { type: "text", text: "where is my order?" });
    const conversationId = await conversationOf("886911000001");
    const early = await h.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: orderUpdateMessage("order_update"),
    });
    expect(early.status).toBe(422);
    const refusal = early.json as ApiError;
    expect(refusal.error.code).toBe("template_not_sendable");
    expect(refusal.error.violations).toEqual([
      expect.objectContaining({ path: "name", rule: "template_not_approved" }),
    ]);
    expect(refusal.error.message).toContain("is PENDING");

    const approved = await untilStatus(template.id, "APPROVED");
    expect(approved.statusReason).toBeNull();

    const mismatch = await h.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: { ...orderUpdateMessage("order_update"), body: [{ type: "text", text: "Mei" }] },
    });
    expect(mismatch.status).toBe(422);
    expect((mismatch.json as ApiError).error.violations?.map((v) => [v.path, v.rule])).toEqual([
      ["body", "parameter_count"],
    ]);

    const sent = await h.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: orderUpdateMessage("order_update"),
    });
    expect(sent.status).toBe(201);
    const item = await eventually(async () => {
      const chat = await fetch(`${h.simulatorUrl}/_sim/api/chats/${testNumber.phoneNumberId}/886911000001`);
      const { items } = (await chat.json()) as {
        items: { direction: string; type: string; rendered?: unknown }[];
      };
      return items.find((i) => i.direction === "out" && i.type === "template");
    }, "the template in the simulator's chat");
    expect(JSON.stringify(item.rendered)).toContain("Hi Mei, your order A-2002 has shipped.");
  });

  it("keeps Meta's reason with a rejected template", async () => {
    const created = await create(orderUpdate("reject_promo"));
    expect(created.status).toBe(201);
    const { id } = (created.json as { template: ApiTemplate }).template;
    const rejected = await untilStatus(id, "REJECTED");
    expect(rejected.statusReason).toBe(
      "INVALID_FORMAT: The simulator rejects every template whose name starts with reject_. Rename the template to have it approved.",
    );
  });

  it("passes Meta's refusal on with its code and message, storing nothing", async () => {
    // Another tool created this name at Meta; the registry does not hold it yet.
    const direct = await graph("POST", "", {
      name: "welcome_back",
      language: "en_US",
      category: "UTILITY",
      components: [{ type: "BODY", text: "Welcome back to Test Beauty!" }],
    });
    expect(direct.status).toBe(200);
    const response = await create({
      name: "welcome_back",
      language: "en_US",
      category: "utility",
      body: { text: "Welcome back!" },
    });
    expect(response.status).toBe(409);
    const body = response.json as ApiError;
    expect(body.error).toMatchObject({
      code: "template_exists",
      path: "name",
      platformCode: 100,
      platformSubcode: 2388024,
    });
    expect(body.error.message).toContain("There is already en_US content for this template (welcome_back).");
    expect((await listTemplates()).items.map((t) => t.name)).not.toContain("welcome_back");
  });

  it("sync adds the templates created elsewhere, with their status", async () => {
    const response = await h.api("POST", `${templatesPath()}/sync`);
    expect(response.status).toBe(200);
    const { items, skipped } = response.json as { items: ApiTemplate[]; skipped: unknown[] };
    expect(skipped).toEqual([]);
    const synced = items.find((t) => t.name === "welcome_back");
    expect(synced).toMatchObject({ language: "en_US", category: "UTILITY" });
    expect(synced?.definition.body?.text).toBe("Welcome back to Test Beauty!");
    expect(synced?.status).toMatch(/^(PENDING|APPROVED)$/);
    expect(items.map((t) => t.name).sort()).toEqual(["order_update", "reject_promo", "welcome_back"]);
    // Approved by the simulator's review later: the webhook moves the synced template too.
    await untilStatus(synced?.id ?? "", "APPROVED");
  });

  it("allows an approved template outside the 24-hour window, where free text is refused", async () => {
    const waId = "886911000002";
    await h.postWebhook(
      inboundTextWebhook(waId, "hi", new Date(Date.now() - 25 * 3_600_000), "wamid.tpl-old-1"),
    );
    const conversationId = await conversationOf(waId);
    const text = await h.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: { kind: "text", text: "Your order shipped" },
    });
    expect(text.status).toBe(409);
    expect((text.json as ApiError).error.code).toBe("window_closed");

    const template = await h.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: orderUpdateMessage("order_update"),
    });
    expect(template.status).toBe(201);
    const messageId = (template.json as { message: { id: string } }).message.id;
    const delivered = await eventually(async () => {
      const list = await h.api("GET", `/api/v1/conversations/${conversationId}/messages`);
      const items = (list.json as { items: { id: string; status: string }[] }).items;
      const message = items.find((m) => m.id === messageId);
      return message?.status === "delivered" || message?.status === "read" ? message : undefined;
    }, "the template delivered outside the window");
    expect(delivered.id).toBe(messageId);
  });

  it("follows a pause from Meta's webhook once, however often it is delivered", async () => {
    const template = (await listTemplates()).items.find((t) => t.name === "order_update");
    if (template === undefined) throw new Error("order_update is missing");
    const pause = {
      event: "PAUSED",
      other_info: { title: "FIRST_PAUSE", description: "Paused for 3 hours after low quality ratings." },
    };
    const webhook = templateStatusWebhook(template, { ...pause, reason: "NONE" });
    expect((await h.postWebhook(webhook)).json).toMatchObject({ stored: 1 });
    const paused = await untilStatus(template.id, "PAUSED");
    expect(paused.statusReason).toBe("FIRST_PAUSE: Paused for 3 hours after low quality ratings.");
    // A redelivery is not stored again; the same update written differently is processed and changes nothing.
    expect((await h.postWebhook(webhook)).json).toMatchObject({ stored: 0 });
    expect((await h.postWebhook(templateStatusWebhook(template, pause))).json).toMatchObject({ stored: 1 });
    await eventually(async () => {
      const waiting = await h.database.db
        .selectFrom("webhook_events")
        .select("id")
        .where("processed_at", "is", null)
        .execute();
      return waiting.length === 0 ? true : undefined;
    }, "every webhook event processed");
    expect(await getTemplate(template.id)).toEqual(paused);

    const conversationId = await conversationOf("886911000001");
    const refused = await h.api("POST", `/api/v1/conversations/${conversationId}/messages`, {
      message: orderUpdateMessage("order_update"),
    });
    expect(refused.status).toBe(422);
    expect((refused.json as ApiError).error.message).toContain(
      "is PAUSED (FIRST_PAUSE: Paused for 3 hours after low quality ratings.)",
    );

    await h.postWebhook(templateStatusWebhook(template, { event: "REINSTATED", reason: "NONE" }));
    const back = await untilStatus(template.id, "APPROVED");
    expect(back.statusReason).toBeNull();
  });

  it("deletes a template here and at Meta", async () => {
    const template = (await listTemplates()).items.find((t) => t.name === "reject_promo");
    if (template === undefined) throw new Error("reject_promo is missing");
    const response = await h.api("DELETE", `/api/v1/templates/${template.id}`);
    expect(response).toEqual({ status: 200, json: { ok: true } });
    expect((await h.api("GET", `/api/v1/templates/${template.id}`)).status).toBe(404);
    expect((await graph("GET", "")).json.data?.map((t) => t.name)).not.toContain("reject_promo");
  });

  it("answers 404 for an unknown channel account and lists the routes in the OpenAPI document", async () => {
    expect((await h.api("GET", "/api/v1/channel-accounts/nope/templates")).status).toBe(404);
    const doc = (await (await fetch(`${h.switchboard.url}/api/v1/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(Object.keys(doc.paths["/api/v1/channel-accounts/{id}/templates"] ?? {}).sort()).toEqual([
      "get",
      "post",
    ]);
    expect(doc.paths["/api/v1/channel-accounts/{id}/templates/sync"]?.["post"]).toBeDefined();
    expect(Object.keys(doc.paths["/api/v1/templates/{id}"] ?? {}).sort()).toEqual(["delete", "get"]);
  });
});
