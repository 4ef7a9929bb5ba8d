import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SimulatorRig, startSimulator, TEST_BUSINESS } from "../testing/start-simulator.js";

const PATH = `/v25.0/${TEST_BUSINESS.phoneNumberId}/messages`;
const CUSTOMER = "16505551234";

function envelope(extra: Record<string, unknown>) {
  return { messaging_product: "whatsapp", recipient_type: "individual", to: `+${CUSTOMER}`, ...extra };
}

function interactive(content: Record<string, unknown>) {
  return envelope({ type: "interactive", interactive: content });
}

function rows(count: number, prefix = "row") {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}_${i}`, title: `${prefix} ${i}` }));
}

type GraphErrorBody = {
  error: {
    message: string;
    type: string;
    code: number;
    error_data?: { messaging_product: string; details: string };
    fbtrace_id: string;
  };
};

describe("POST /{phone-number-id}/messages", () => {
  let rig: SimulatorRig;
  beforeEach(async () => {
    rig = await startSimulator({ settings: { statusWebhooks: false } });
  });
  afterEach(async () => rig.close());

  it("accepts a text and answers exactly like Meta", async () => {
    const { status, body } = await rig.call(
      "POST",
      PATH,
      envelope({ type: "text", text: { body: "Hello" } }),
    );
    expect(status).toBe(200);
    const answer = body as { messaging_product: string; contacts: unknown[]; messages: { id: string }[] };
    expect(answer.messaging_product).toBe("whatsapp");
    expect(answer.contacts).toEqual([{ input: `+${CUSTOMER}`, wa_id: CUSTOMER }]);
    expect(answer.messages).toHaveLength(1);
    expect(answer.messages[0]?.id).toMatch(/^wamid\.[A-Za-z0-9+/]+$/);
  });

  it("refuses a wrong token with OAuthException 190 and HTTP 401", async () => {
    const { status, body } = await rig.call("POST", PATH, envelope({ text: { body: "x" } }), "wrong-token");
    expect(status).toBe(401);
    const { error } = body as GraphErrorBody;
    expect(error.code).toBe(190);
    expect(error.type).toBe("OAuthException");
    expect(error.fbtrace_id).toEqual(expect.any(String));
  });

  it("answers 100/33 for a phone number id the token does not own", async () => {
    const { status, body } = await rig.call(
      "POST",
      "/v25.0/999999/messages",
      envelope({ text: { body: "x" } }),
    );
    expect(status).toBe(400);
    expect((body as GraphErrorBody).error).toMatchObject({
      code: 100,
      error_subcode: 33,
      type: "GraphMethodException",
    });
  });

  it("refuses a list with 11 rows in total, naming the field", async () => {
    const message = interactive({
      type: "list",
      body: { text: "Choose" },
      action: {
        button: "Options",
        sections: [
          { title: "A", rows: rows(6, "a") },
          { title: "B", rows: rows(5, "b") },
        ],
      },
    });
    const { status, body } = await rig.call("POST", PATH, message);
    expect(status).toBe(400);
    const { error } = body as GraphErrorBody;
    expect([100, 131009]).toContain(error.code);
    expect(error.type).toBe("OAuthException");
    expect(error.error_data?.messaging_product).toBe("whatsapp");
    expect(error.error_data?.details).toContain("interactive.action.sections");
    expect(error.error_data?.details).toContain("11 rows");
  });

  it("refuses 4 reply buttons", async () => {
    const buttons = ["A", "B", "C", "D"].map((t) => ({ type: "reply", reply: { id: t, title: t } }));
    const { status, body } = await rig.call(
      "POST",
      PATH,
      interactive({ type: "button", body: { text: "Pick" }, action: { buttons } }),
    );
    expect(status).toBe(400);
    const { error } = body as GraphErrorBody;
    expect(error.code).toBe(131009);
    expect(error.error_data?.details).toContain("interactive.action.buttons");
  });

  it("refuses duplicate button titles", async () => {
    const buttons = [
      { type: "reply", reply: { id: "a", title: "Yes" } },
      { type: "reply", reply: { id: "b", title: "Yes" } },
    ];
    const { status, body } = await rig.call(
      "POST",
      PATH,
      interactive({ type: "button", body: { text: "Pick" }, action: { buttons } }),
    );
    expect(status).toBe(400);
    expect((body as GraphErrorBody).error.error_data?.details).toMatch(
      /buttons\[1\]\.reply\.title: button title "Yes" is used twice/,
    );
  });

  it("names the length rule of an over-long row title, a list body and a text body", async () => {
    const longRow = interactive({
      type: "list",
      body: { text: "Choose" },
      action: { button: "Options", sections: [{ rows: [{ id: "x", title: "x".repeat(25) }] }] },
    });
    const row = await rig.call("POST", PATH, longRow);
    expect((row.body as GraphErrorBody).error).toMatchObject({ code: 100 });
    expect((row.body as GraphErrorBody).error.error_data?.details).toBe(
      "interactive.action.sections[0].rows[0].title: 25 characters, WhatsApp allows 24",
    );
    const text = await rig.call("POST", PATH, envelope({ type: "text", text: { body: "y".repeat(4097) } }));
    expect((text.body as GraphErrorBody).error.error_data?.details).toBe(
      "text.body: 4097 characters, WhatsApp allows 4096",
    );
    const listBody = interactive({
      type: "list",
      body: { text: "z".repeat(4096) },
      action: { button: "Options", sections: [{ rows: rows(1) }] },
    });
    expect((await rig.call("POST", PATH, listBody)).status).toBe(200);
  });

  it("counts UTF-16 units, the stricter reading of a character", async () => {
    const emoji = "😀".repeat(11); // 11 code points, 22 UTF-16 units
    const buttons = [{ type: "reply", reply: { id: "a", title: emoji } }];
    const { status } = await rig.call(
      "POST",
      PATH,
      interactive({ type: "button", body: { text: "Pick" }, action: { buttons } }),
    );
    expect(status).toBe(400);
  });

  it("asks for missing parameters with 131008 and refuses unknown ones with 100", async () => {
    const missing = await rig.call("POST", PATH, { to: CUSTOMER, type: "text", text: { body: "x" } });
    expect((missing.body as GraphErrorBody).error).toMatchObject({ code: 131008 });
    expect((missing.body as GraphErrorBody).error.error_data?.details).toBe("messaging_product: is required");
    const unknown = await rig.call(
      "POST",
      PATH,
      envelope({ type: "text", text: { body: "x", preview: true } }),
    );
    expect((unknown.body as GraphErrorBody).error.error_data?.details).toBe(
      "text: unexpected parameter preview",
    );
    const wrongProduct = await rig.call("POST", PATH, {
      ...envelope({ text: { body: "x" } }),
      messaging_product: "sms",
    });
    expect((wrongProduct.body as GraphErrorBody).error.code).toBe(100);
  });

  it("checks the other interactive kinds and media", async () => {
    const ok = [
      interactive({
        type: "cta_url",
        body: { text: "See" },
        action: { name: "cta_url", parameters: { display_text: "Open", url: "https://example.com" } },
      }),
      interactive({
        type: "location_request_message",
        body: { text: "Where?" },
        action: { name: "send_location" },
      }),
      interactive({ type: "product", action: { catalog_id: "c1", product_retailer_id: "sku1" } }),
      envelope({ type: "image", image: { link: "https://example.com/a.jpg", caption: "A" } }),
      envelope({ type: "location", location: { latitude: 25.03, longitude: 121.56, name: "Taipei 101" } }),
      envelope({
        type: "contacts",
        contacts: [{ name: { formatted_name: "Ada" }, phones: [{ phone: "+1 555" }] }],
      }),
    ];
    for (const message of ok) expect((await rig.call("POST", PATH, message)).status).toBe(200);
    const bad: [unknown, string][] = [
      [
        interactive({
          type: "cta_url",
          body: { text: "See" },
          action: {
            name: "cta_url",
            parameters: { display_text: "x".repeat(21), url: "https://example.com" },
          },
        }),
        "interactive.action.parameters.display_text: 21 characters, WhatsApp allows 20",
      ],
      [
        envelope({ type: "image", image: { caption: "no media" } }),
        "image: needs either id (an uploaded medium) or link",
      ],
      [
        envelope({ type: "audio", audio: { link: "https://e.com/a.ogg", caption: "x" } }),
        "audio: unexpected parameter caption",
      ],
      [
        interactive({
          type: "product_list",
          header: { type: "text", text: "Shop" },
          body: { text: "Pick" },
          action: {
            catalog_id: "c1",
            sections: [
              { title: "A", product_items: rows(20).map((r) => ({ product_retailer_id: r.id })) },
              { title: "B", product_items: rows(11).map((r) => ({ product_retailer_id: r.id })) },
            ],
          },
        }),
        "interactive.action.sections: 31 products in total, WhatsApp allows 30",
      ],
      [
        envelope({ type: "text", text: { body: "x" }, image: { link: "https://e.com/a.jpg" } }),
        "image: not allowed in a message of type text",
      ],
    ];
    for (const [message, details] of bad) {
      const { status, body } = await rig.call("POST", PATH, message);
      expect(status).toBe(400);
      expect((body as GraphErrorBody).error.error_data?.details).toBe(details);
    }
  });

  it("refuses sending to the business's own number with 131021", async () => {
    const { body } = await rig.call("POST", PATH, {
      ...envelope({ text: { body: "x" } }),
      to: "+15550783881",
    });
    expect((body as GraphErrorBody).error.code).toBe(131021);
  });

  it("marks a customer message read and answers a typing indicator", async () => {
    await rig.call("POST", "/_sim/api/customers", { waId: CUSTOMER, name: "Sheena" });
    const sent = await rig.call("POST", `/_sim/api/customers/${CUSTOMER}/send`, {
      phoneNumberId: TEST_BUSINESS.phoneNumberId,
      message: { type: "text", text: "Hi" },
    });
    const wamid = (sent.body as { wamid: string }).wamid;
    const read = await rig.call("POST", PATH, {
      messaging_product: "whatsapp",
      status: "read",
      message_id: wamid,
    });
    expect(read).toEqual({ status: 200, body: { success: true } });
    const typing = await rig.call("POST", PATH, {
      messaging_product: "whatsapp",
      status: "read",
      message_id: wamid,
      typing_indicator: { type: "text" },
    });
    expect(typing.body).toEqual({ success: true });
    const chat = await rig.call("GET", `/_sim/api/chats/${TEST_BUSINESS.phoneNumberId}/${CUSTOMER}`);
    expect((chat.body as { items: { status: string }[] }).items[0]?.status).toBe("read");
    const unknown = await rig.call("POST", PATH, {
      messaging_product: "whatsapp",
      status: "read",
      message_id: "wamid.nope",
    });
    expect(unknown.status).toBe(400);
  });
});
