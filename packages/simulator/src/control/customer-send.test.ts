import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SimulatorRig, startSimulator, TEST_BUSINESS } from "../testing/start-simulator.js";

const CUSTOMER = "886912345678";
const SEND = `/_sim/api/customers/${CUSTOMER}/send`;

type Inbound = {
  object: string;
  entry: {
    id: string;
    changes: {
      field: string;
      value: {
        messaging_product: string;
        metadata: { display_phone_number: string; phone_number_id: string };
        contacts: { profile: { name: string }; wa_id: string }[];
        messages: Record<string, unknown>[];
      };
    }[];
  }[];
};

describe("POST /_sim/api/customers/{waId}/send", () => {
  let rig: SimulatorRig;
  beforeEach(async () => {
    rig = await startSimulator({ settings: { statusWebhooks: false } });
    await rig.call("POST", "/_sim/api/customers", { waId: `+${CUSTOMER}`, name: "Mei" });
  });
  afterEach(async () => rig.close());

  async function send(message: Record<string, unknown>) {
    const before = rig.receiver.received.length;
    const answer = await rig.call("POST", SEND, { phoneNumberId: TEST_BUSINESS.phoneNumberId, message });
    const [webhook] = await rig.receiver
      .waitFor((all) => all.length > before)
      .then((all) => all.slice(before));
    return { answer, webhook, body: webhook?.body as Inbound };
  }

  it("posts a signed inbound webhook for a button tap with the reply and its context", async () => {
    const { answer, webhook, body } = await send({
      type: "button_reply",
      id: "opt_a",
      title: "Option A",
      contextId: "wamid.ctx",
    });
    expect(answer.status).toBe(200);
    const { wamid } = answer.body as { wamid: string };
    expect(answer.body).toEqual({
      wamid: expect.stringMatching(/^wamid\./),
      webhook: { status: 200, ok: true },
    });
    const signature = `sha256=${createHmac("sha256", TEST_BUSINESS.appSecret)
      .update(webhook?.raw ?? "")
      .digest("hex")}`;
    expect(webhook?.headers["x-hub-signature-256"]).toBe(signature);
    expect(body.object).toBe("whatsapp_business_account");
    expect(body.entry[0]?.id).toBe(TEST_BUSINESS.wabaId);
    const change = body.entry[0]?.changes[0];
    expect(change?.field).toBe("messages");
    expect(change?.value.metadata).toEqual({
      display_phone_number: "15550783881",
      phone_number_id: TEST_BUSINESS.phoneNumberId,
    });
    expect(change?.value.contacts).toEqual([{ profile: { name: "Mei" }, wa_id: CUSTOMER }]);
    expect(change?.value.messages).toEqual([
      {
        from: CUSTOMER,
        id: wamid,
        timestamp: expect.stringMatching(/^\d{10}$/),
        context: { from: "15550783881", id: "wamid.ctx" },
        type: "interactive",
        interactive: { type: "button_reply", button_reply: { id: "opt_a", title: "Option A" } },
      },
    ]);
  });

  it("builds list replies, locations, template quick replies and texts like Meta", async () => {
    const list = await send({
      type: "list_reply",
      id: "express",
      title: "Express",
      description: "1-2 days",
      contextId: "wamid.l",
    });
    expect(list.body.entry[0]?.changes[0]?.value.messages[0]).toMatchObject({
      type: "interactive",
      context: { from: "15550783881", id: "wamid.l" },
      interactive: {
        type: "list_reply",
        list_reply: { id: "express", title: "Express", description: "1-2 days" },
      },
    });
    const location = await send({
      type: "location",
      latitude: 25.0339,
      longitude: 121.5645,
      name: "Taipei 101",
    });
    const located = location.body.entry[0]?.changes[0]?.value.messages[0];
    expect(located).toMatchObject({
      type: "location",
      location: { latitude: 25.0339, longitude: 121.5645, name: "Taipei 101" },
    });
    expect(located).not.toHaveProperty("context");
    const button = await send({
      type: "button",
      payload: "reorder:123",
      text: "Reorder",
      contextId: "wamid.t",
    });
    expect(button.body.entry[0]?.changes[0]?.value.messages[0]).toMatchObject({
      type: "button",
      button: { payload: "reorder:123", text: "Reorder" },
      context: { from: "15550783881", id: "wamid.t" },
    });
    const text = await send({ type: "text", text: "Hello there" });
    expect(text.body.entry[0]?.changes[0]?.value.messages[0]).toMatchObject({
      type: "text",
      text: { body: "Hello there" },
    });

    const chat = await rig.call("GET", `/_sim/api/chats/${TEST_BUSINESS.phoneNumberId}/${CUSTOMER}`);
    const items = (chat.body as { items: { seq: number; direction: string; type: string; status: string }[] })
      .items;
    expect(items.map((i) => [i.direction, i.type, i.status])).toEqual([
      ["in", "interactive", "delivered"],
      ["in", "location", "delivered"],
      ["in", "button", "delivered"],
      ["in", "text", "delivered"],
    ]);
    const after = await rig.call(
      "GET",
      `/_sim/api/chats/${TEST_BUSINESS.phoneNumberId}/${CUSTOMER}?after=${items[2]?.seq}`,
    );
    expect((after.body as { items: unknown[] }).items).toHaveLength(1);
  });

  it("reports a webhook the business refused, and refuses unknown customers and bad input", async () => {
    rig.receiver.respondWith(503);
    await rig.call("PATCH", "/_sim/api/settings", { webhookRetryDelaysMs: [] });
    const { answer } = await send({ type: "text", text: "anyone?" });
    expect(answer.body).toMatchObject({ webhook: { status: 503, ok: false } });
    const unknown = await rig.call("POST", "/_sim/api/customers/123456789/send", {
      phoneNumberId: TEST_BUSINESS.phoneNumberId,
      message: { type: "text", text: "x" },
    });
    expect(unknown.status).toBe(404);
    const bad = await rig.call("POST", SEND, {
      phoneNumberId: TEST_BUSINESS.phoneNumberId,
      message: { type: "sticker?" },
    });
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { message: string } }).error.message).toContain("message");
  });

  it("streams new chat items and status changes as server-sent events", async () => {
    const controller = new AbortController();
    const response = await fetch(`${rig.baseUrl}/_sim/api/events?waId=${CUSTOMER}`, {
      signal: controller.signal,
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    const reader = response.body?.getReader();
    await rig.call("POST", SEND, {
      phoneNumberId: TEST_BUSINESS.phoneNumberId,
      message: { type: "text", text: "ping" },
    });
    let text = "";
    const decoder = new TextDecoder();
    while (!text.includes('"chat.status"')) {
      const chunk = await reader?.read();
      if (chunk === undefined || chunk.done) break;
      text += decoder.decode(chunk.value);
    }
    const events = text
      .split("\n\n")
      .filter((block) => block.startsWith("data: "))
      .map(
        (block) =>
          JSON.parse(block.slice(6)) as { type: string; item?: { payload: unknown }; status?: string },
      );
    expect(events[0]).toMatchObject({
      type: "chat.item",
      waId: CUSTOMER,
      item: { direction: "in", status: "pending" },
    });
    expect(events[1]).toMatchObject({ type: "chat.status", status: "delivered" });
  });

  it("lists businesses without their secrets, and customers", async () => {
    const businesses = await rig.call("GET", "/_sim/api/businesses");
    const [business] = (businesses.body as { items: Record<string, unknown>[] }).items;
    expect(business).toMatchObject({
      phoneNumberId: TEST_BUSINESS.phoneNumberId,
      accessToken: TEST_BUSINESS.accessToken,
    });
    expect(business).not.toHaveProperty("appSecret");
    expect(business).not.toHaveProperty("verifyToken");
    const customers = await rig.call("GET", "/_sim/api/customers");
    expect(customers.body).toEqual({ items: [{ waId: CUSTOMER, name: "Mei" }] });
  });
});
