import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SimulatorRig, startSimulator, TEST_BUSINESS } from "../testing/start-simulator.js";
import type { ReceivedWebhook } from "../testing/webhook-receiver.js";

const TEMPLATES = `/v25.0/${TEST_BUSINESS.wabaId}/message_templates`;
const MESSAGES = `/v25.0/${TEST_BUSINESS.phoneNumberId}/messages`;

const orderConfirmation = {
  name: "order_confirmation",
  language: "en_US",
  category: "UTILITY",
  components: [
    { type: "HEADER", format: "TEXT", text: "Order {{1}}", example: { header_text: ["#1001"] } },
    {
      type: "BODY",
      text: "Hi {{1}}, your order {{2}} is confirmed.",
      example: { body_text: [["Jessica", "#1001"]] },
    },
    { type: "FOOTER", text: "Switchboard Demo Store" },
    {
      type: "BUTTONS",
      buttons: [
        { type: "QUICK_REPLY", text: "Track order" },
        {
          type: "URL",
          text: "View",
          url: "https://shop.example.com/o/{{1}}",
          example: ["https://shop.example.com/o/1001"],
        },
      ],
    },
  ],
};

type TemplateEvent = { field: string; value: Record<string, unknown> };

function templateEvents(received: ReceivedWebhook[]): TemplateEvent[] {
  return received.flatMap((w) => {
    const body = w.body as { entry: { changes: TemplateEvent[] }[] };
    return body.entry.flatMap((e) => e.changes).filter((c) => c.field === "message_template_status_update");
  });
}

function sendTemplate(rig: SimulatorRig, components: unknown[], name = "order_confirmation") {
  return rig.call("POST", MESSAGES, {
    messaging_product: "whatsapp",
    to: "+16505551234",
    type: "template",
    template: { name, language: { code: "en_US" }, components },
  });
}

const goodComponents = [
  { type: "header", parameters: [{ type: "text", text: "#1001" }] },
  {
    type: "body",
    parameters: [
      { type: "text", text: "Jessica" },
      { type: "text", text: "#1001" },
    ],
  },
  { type: "button", sub_type: "url", index: "1", parameters: [{ type: "text", text: "1001" }] },
];

describe("message templates", () => {
  let rig: SimulatorRig;
  beforeEach(async () => {
    rig = await startSimulator({ settings: { templateReviewDelayMs: 50, sentDelayMs: 10 } });
  });
  afterEach(async () => rig.close());

  it("creates a template PENDING, approves it and sends a signed status webhook", async () => {
    const created = await rig.call("POST", TEMPLATES, orderConfirmation);
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      status: "PENDING",
      category: "UTILITY",
      id: expect.stringMatching(/^\d+$/),
    });
    const early = await sendTemplate(rig, goodComponents);
    expect((early.body as { error: { code: number } }).error.code).toBe(132001);

    const received = await rig.receiver.waitFor((all) => templateEvents(all).length > 0);
    const webhook = received.find((w) => templateEvents([w]).length > 0);
    const signature = `sha256=${createHmac("sha256", TEST_BUSINESS.appSecret)
      .update(webhook?.raw ?? "")
      .digest("hex")}`;
    expect(webhook?.headers["x-hub-signature-256"]).toBe(signature);
    expect(webhook?.body).toMatchObject({
      object: "whatsapp_business_account",
      entry: [{ id: TEST_BUSINESS.wabaId, time: expect.any(Number) }],
    });
    expect(templateEvents(received)[0]?.value).toEqual({
      event: "APPROVED",
      message_template_id: Number((created.body as { id: string }).id),
      message_template_name: "order_confirmation",
      message_template_language: "en_US",
      reason: "NONE",
      message_template_category: "UTILITY",
    });
    const list = await rig.call("GET", `${TEMPLATES}?limit=1000`);
    expect((list.body as { data: { name: string; status: string }[] }).data).toMatchObject([
      { name: "order_confirmation", status: "APPROVED", language: "en_US", category: "UTILITY" },
    ]);
  });

  it("rejects templates named reject_… with a reason", async () => {
    await rig.call("POST", TEMPLATES, { ...orderConfirmation, name: "reject_me" });
    const received = await rig.receiver.waitFor((all) => templateEvents(all).length > 0);
    expect(templateEvents(received)[0]?.value).toMatchObject({
      event: "REJECTED",
      reason: "INVALID_FORMAT",
      rejection_info: expect.any(Object),
    });
  });

  it("refuses templates that break Meta's rules", async () => {
    const cases: [unknown, RegExp][] = [
      [{ ...orderConfirmation, name: "Order-Confirmation" }, /name: use only lowercase/],
      [
        {
          ...orderConfirmation,
          components: [{ type: "BODY", text: "Your code is {{1}}", example: { body_text: [["1"]] } }],
        },
        /start or end of the body/,
      ],
      [
        { ...orderConfirmation, components: [{ type: "BODY", text: "Hi {{1}}, thanks" }] },
        /needs one example row with 1 values/,
      ],
      [
        { ...orderConfirmation, components: [{ type: "BODY", text: "x".repeat(1025) }] },
        /1025 characters, WhatsApp allows 1024/,
      ],
      [
        {
          ...orderConfirmation,
          components: [
            { type: "BODY", text: "Hello" },
            {
              type: "BUTTONS",
              buttons: [
                { type: "QUICK_REPLY", text: "A" },
                { type: "URL", text: "B", url: "https://e.com" },
                { type: "QUICK_REPLY", text: "C" },
              ],
            },
          ],
        },
        /two groups/,
      ],
    ];
    for (const [template, details] of cases) {
      const { status, body } = await rig.call("POST", TEMPLATES, template);
      expect(status).toBe(400);
      const error = (body as { error: { code: number; error_user_msg: string } }).error;
      expect(error.code).toBe(100);
      expect(error.error_user_msg).toMatch(details);
    }
    const duplicate = await rig.call("POST", TEMPLATES, orderConfirmation);
    expect(duplicate.status).toBe(200);
    const again = await rig.call("POST", TEMPLATES, orderConfirmation);
    expect((again.body as { error: { error_subcode: number } }).error.error_subcode).toBe(2388024);
  });

  it("sends an approved template outside the window and checks its parameters", async () => {
    await rig.call("PATCH", "/_sim/api/settings", { templateReviewDelayMs: 0 });
    const created = await rig.call("POST", TEMPLATES, orderConfirmation);
    expect(created.body).toMatchObject({ status: "APPROVED" });

    const wrongCount = await sendTemplate(rig, [
      goodComponents[0],
      { type: "body", parameters: [{ type: "text", text: "Jessica" }] },
      goodComponents[2],
    ]);
    expect(wrongCount.status).toBe(400);
    expect(
      (wrongCount.body as { error: { code: number; error_data: { details: string } } }).error,
    ).toMatchObject({
      code: 132000,
      error_data: { details: "body: template order_confirmation expects 2 parameters, got 1" },
    });
    const missingButton = await sendTemplate(rig, goodComponents.slice(0, 2));
    expect((missingButton.body as { error: { code: number } }).error.code).toBe(132000);
    const unknown = await sendTemplate(rig, goodComponents, "no_such_template");
    expect((unknown.body as { error: { code: number } }).error.code).toBe(132001);
    const newline = await sendTemplate(rig, [
      goodComponents[0],
      {
        type: "body",
        parameters: [
          { type: "text", text: "a\nb" },
          { type: "text", text: "c" },
        ],
      },
      goodComponents[2],
    ]);
    expect((newline.body as { error: { code: number } }).error.code).toBe(132018);

    const ok = await sendTemplate(rig, goodComponents);
    expect(ok.status).toBe(200);
    const wamid = (ok.body as { messages: { id: string }[] }).messages[0]?.id;
    const received = await rig.receiver.waitFor((all) =>
      all.some((w) => JSON.stringify(w.body).includes(`"id":"${wamid}","status":"sent"`)),
    );
    expect(JSON.stringify(received.map((w) => w.body))).toContain('"category":"utility"');
    const chat = await rig.call("GET", `/_sim/api/chats/${TEST_BUSINESS.phoneNumberId}/16505551234`);
    expect((chat.body as { items: { rendered: unknown }[] }).items[0]?.rendered).toMatchObject({
      header: "Order #1001",
      body: "Hi Jessica, your order #1001 is confirmed.",
      footer: "Switchboard Demo Store",
    });
  });
});
