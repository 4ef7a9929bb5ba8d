import { createHmac, timingSafeEqual } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { type SimulatorRig, startSimulator, TEST_BUSINESS } from "../testing/start-simulator.js";
import type { ReceivedWebhook } from "../testing/webhook-receiver.js";

const PATH = `/v25.0/${TEST_BUSINESS.phoneNumberId}/messages`;
const CUSTOMER = "16505551234";

type Status = {
  id: string;
  status: string;
  timestamp: string;
  recipient_id: string;
  biz_opaque_callback_data?: string;
  pricing?: { billable: boolean; pricing_model: string; type: string; category: string };
  errors?: unknown[];
};

function value(webhook: ReceivedWebhook) {
  const body = webhook.body as {
    object: string;
    entry: { id: string; changes: { field: string; value: { metadata: unknown; statuses?: Status[] } }[] }[];
  };
  return body.entry[0]?.changes[0]?.value;
}

function statusesOf(received: ReceivedWebhook[], wamid: string): Status[] {
  return received.flatMap((w) => value(w)?.statuses ?? []).filter((s) => s.id === wamid);
}

function verifies(webhook: ReceivedWebhook, secret: string): boolean {
  const header = String(webhook.headers["x-hub-signature-256"]);
  const expected = `sha256=${createHmac("sha256", secret).update(webhook.raw).digest("hex")}`;
  return header.length === expected.length && timingSafeEqual(Buffer.from(header), Buffer.from(expected));
}

async function openWindow(rig: SimulatorRig): Promise<void> {
  await rig.call("POST", "/_sim/api/customers", { waId: CUSTOMER, name: "Sheena" });
  await rig.call("POST", `/_sim/api/customers/${CUSTOMER}/send`, {
    phoneNumberId: TEST_BUSINESS.phoneNumberId,
    message: { type: "text", text: "Hi" },
  });
}

async function sendText(rig: SimulatorRig, extra: Record<string, unknown> = {}): Promise<string> {
  const { body } = await rig.call("POST", PATH, {
    messaging_product: "whatsapp",
    to: `+${CUSTOMER}`,
    type: "text",
    text: { body: "Your order shipped" },
    ...extra,
  });
  return (body as { messages: { id: string }[] }).messages[0]?.id ?? "";
}

describe("status webhooks", () => {
  let rig: SimulatorRig;
  afterEach(async () => rig.close());

  it("performs Meta's verification handshake when a business registers", async () => {
    rig = await startSimulator();
    expect(rig.handshake).toBe("ok");
    const { body } = await rig.call("POST", "/_sim/api/businesses", {
      ...TEST_BUSINESS,
      phoneNumberId: "2",
      verifyToken: "wrong",
      webhookUrl: rig.receiver.url,
    });
    expect(body).toMatchObject({ handshake: "failed: HTTP 403", business: { phoneNumberId: "2" } });
  });

  it("sends sent → delivered → read, signed with the app secret, in Meta's shape", async () => {
    rig = await startSimulator({ settings: { sentDelayMs: 20, deliveredDelayMs: 60, readDelayMs: 120 } });
    await openWindow(rig);
    const wamid = await sendText(rig, { biz_opaque_callback_data: "order-42" });
    const received = await rig.receiver.waitFor((all) => statusesOf(all, wamid).length === 3);
    const statuses = statusesOf(received, wamid);
    expect(statuses.map((s) => s.status)).toEqual(["sent", "delivered", "read"]);
    for (const status of statuses) {
      expect(status).toMatchObject({
        recipient_id: CUSTOMER,
        biz_opaque_callback_data: "order-42",
        pricing: {
          billable: false,
          pricing_model: "PMP",
          type: "free_customer_service",
          category: "service",
        },
      });
      expect(status.timestamp).toMatch(/^\d{10}$/);
    }
    for (const webhook of received) {
      expect(webhook.headers["content-type"]).toBe("application/json");
      expect(verifies(webhook, TEST_BUSINESS.appSecret)).toBe(true);
      expect(verifies(webhook, "another-secret")).toBe(false);
    }
    const last = received.at(-1);
    expect(last?.body).toMatchObject({
      object: "whatsapp_business_account",
      entry: [{ id: TEST_BUSINESS.wabaId }],
    });
    expect(last && value(last)?.metadata).toEqual({
      display_phone_number: "15550783881",
      phone_number_id: TEST_BUSINESS.phoneNumberId,
    });
    const chat = await rig.call("GET", `/_sim/api/chats/${TEST_BUSINESS.phoneNumberId}/${CUSTOMER}`);
    expect((chat.body as { items: { status: string }[] }).items.map((i) => i.status)).toEqual([
      "delivered",
      "read",
    ]);
  });

  it("accepts a free-form message outside the window, then fails it with 131047", async () => {
    rig = await startSimulator({ settings: { sentDelayMs: 10 } });
    const wamid = await sendText(rig);
    expect(wamid).toMatch(/^wamid\./);
    const received = await rig.receiver.waitFor((all) => statusesOf(all, wamid).length > 0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(statusesOf(received, wamid)).toEqual([
      {
        id: wamid,
        status: "failed",
        timestamp: expect.stringMatching(/^\d+$/),
        recipient_id: CUSTOMER,
        errors: [
          {
            code: 131047,
            title: "Re-engagement message",
            message: "Re-engagement message",
            error_data: {
              details:
                "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
            },
            href: "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/",
          },
        ],
      },
    ]);
  });

  it("closes the window 24 hours after the customer's last message", async () => {
    let clock = Date.now();
    rig = await startSimulator({ now: () => clock, settings: { sentDelayMs: 10 } });
    await openWindow(rig);
    clock += 24 * 60 * 60 * 1000 + 1000;
    const wamid = await sendText(rig);
    const received = await rig.receiver.waitFor((all) => statusesOf(all, wamid).length > 0);
    expect(statusesOf(received, wamid)[0]?.status).toBe("failed");
  });

  it("batches statuses due together into one POST", async () => {
    rig = await startSimulator({ settings: { sentDelayMs: 50, deliveredDelayMs: 50, readDelayMs: 50 } });
    await openWindow(rig);
    const before = rig.receiver.received.length;
    const wamids = await Promise.all(Array.from({ length: 20 }, () => sendText(rig)));
    const received = await rig.receiver.waitFor((all) =>
      wamids.every((id) => statusesOf(all, id).length === 3),
    );
    const posts = received.slice(before);
    expect(posts.length).toBeLessThan(20);
    for (const id of wamids)
      expect(statusesOf(posts, id).map((s) => s.status)).toEqual(["sent", "delivered", "read"]);
  });

  it("stays silent when status webhooks are off", async () => {
    rig = await startSimulator({
      settings: { statusWebhooks: false, sentDelayMs: 5, deliveredDelayMs: 5, readDelayMs: 5 },
    });
    await openWindow(rig);
    const wamid = await sendText(rig);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(statusesOf(rig.receiver.received, wamid)).toEqual([]);
  });

  it("retries a webhook the business did not answer with 200 and records it", async () => {
    rig = await startSimulator({
      settings: { sentDelayMs: 5, autoRead: false, webhookRetryDelaysMs: [50, 50] },
    });
    await openWindow(rig);
    rig.receiver.respondWith(500);
    const wamid = await sendText(rig);
    await rig.receiver.waitFor((all) => statusesOf(all, wamid).length >= 2);
    rig.receiver.respondWith(200);
    await rig.receiver.waitFor(
      (all) => statusesOf(all, wamid).filter((s) => s.status === "sent").length >= 2,
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const records = rig.simulator.state.deliveries().filter((r) => r.kind === "statuses");
    expect(records.some((r) => r.attempts >= 2 && r.ok)).toBe(true);
    expect(records.every((r) => r.attempts <= 3)).toBe(true);
  });
});
