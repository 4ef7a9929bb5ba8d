import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SimulatorRig, startSimulator, TEST_BUSINESS } from "../testing/start-simulator.js";

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(2048, 7),
]);

describe("media", () => {
  let rig: SimulatorRig;
  beforeEach(async () => {
    rig = await startSimulator(
      { settings: { sentDelayMs: 10, deliveredDelayMs: 10, readDelayMs: 10 } },
      "/simulator",
    );
  });
  afterEach(async () => rig.close());

  async function upload(type: string, data: Buffer, token = TEST_BUSINESS.accessToken) {
    const form = new FormData();
    form.set("messaging_product", "whatsapp");
    form.set("type", type);
    form.set("file", new Blob([data], { type }), "photo.png");
    const response = await fetch(`${rig.baseUrl}/v25.0/${TEST_BUSINESS.phoneNumberId}/media`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  it("uploads, describes and downloads a file with the bearer token (under a prefix)", async () => {
    const uploaded = await upload("image/png", PNG);
    expect(uploaded.status).toBe(200);
    const id = String(uploaded.body.id);
    expect(id).toMatch(/^\d+$/);

    const meta = await rig.call("GET", `/v25.0/${id}`);
    expect(meta.body).toMatchObject({
      messaging_product: "whatsapp",
      mime_type: "image/png",
      file_size: PNG.length,
      id,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const url = String((meta.body as { url: string }).url);
    expect(url.startsWith(`${rig.baseUrl}/media-download/${id}?`)).toBe(true);

    const download = await fetch(url, { headers: { authorization: `Bearer ${TEST_BUSINESS.accessToken}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    const forged = await fetch(url.replace(/hash=[0-9a-f]+/, "hash=00"), {
      headers: { authorization: `Bearer ${TEST_BUSINESS.accessToken}` },
    });
    expect(forged.status).toBe(404);
  });

  it("describes the phone number to its token, as apps check on connect", async () => {
    const number = await rig.call(
      "GET",
      `/v25.0/${TEST_BUSINESS.phoneNumberId}?fields=display_phone_number,throughput`,
    );
    expect(number.body).toEqual({
      display_phone_number: TEST_BUSINESS.displayPhoneNumber,
      throughput: { level: "STANDARD" },
      id: TEST_BUSINESS.phoneNumberId,
    });
    const listed = await rig.call("GET", `/v25.0/${TEST_BUSINESS.wabaId}/phone_numbers`);
    expect(listed.body).toMatchObject({
      data: [{ id: TEST_BUSINESS.phoneNumberId, verified_name: TEST_BUSINESS.name }],
    });
    expect((await rig.call("GET", `/v25.0/${TEST_BUSINESS.phoneNumberId}`, undefined, "bad")).status).toBe(
      401,
    );
  });

  it("refuses unsupported types, missing fields and wrong tokens", async () => {
    expect((await upload("application/x-msdownload", PNG)).body).toMatchObject({ error: { code: 100 } });
    expect((await upload("image/png", PNG, "nope")).status).toBe(401);
    const big = await upload("image/webp", Buffer.alloc(600 * 1024));
    expect(big.body).toMatchObject({ error: { code: 131053 } });
  });

  it("sends an uploaded image, and fails a message whose media id is unknown with 131053", async () => {
    await rig.call("POST", "/_sim/api/customers", { waId: "16505551234", name: "Sheena" });
    await rig.call("POST", "/_sim/api/customers/16505551234/send", {
      phoneNumberId: TEST_BUSINESS.phoneNumberId,
      message: { type: "text", text: "photo please" },
    });
    const id = String((await upload("image/png", PNG)).body.id);
    const send = (mediaId: string) =>
      rig.call("POST", `/v25.0/${TEST_BUSINESS.phoneNumberId}/messages`, {
        messaging_product: "whatsapp",
        to: "+16505551234",
        type: "image",
        image: { id: mediaId, caption: "Here it is" },
      });
    const good = await send(id);
    const bad = await send("999");
    expect(good.status).toBe(200);
    expect(bad.status).toBe(200);
    const wamid = (bad.body as { messages: { id: string }[] }).messages[0]?.id ?? "";
    const received = await rig.receiver.waitFor((all) =>
      all.some((w) => JSON.stringify(w.body).includes(`"id":"${wamid}","status":"failed"`)),
    );
    expect(JSON.stringify(received.map((w) => w.body))).toContain('"code":131053');
  });

  it("serves customer media in the inbound webhook with a working url", async () => {
    await rig.call("POST", "/_sim/api/customers", { waId: "16505551234", name: "Sheena" });
    await rig.call("POST", "/_sim/api/customers/16505551234/send", {
      phoneNumberId: TEST_BUSINESS.phoneNumberId,
      message: {
        type: "image",
        mimeType: "image/png",
        dataBase64: PNG.toString("base64"),
        caption: "my receipt",
      },
    });
    const [webhook] = await rig.receiver.waitFor((all) => all.length > 0);
    const message = (
      webhook?.body as {
        entry: {
          changes: { value: { messages: { image: { id: string; url: string; caption: string } }[] } }[];
        }[];
      }
    ).entry[0]?.changes[0]?.value.messages[0];
    expect(message?.image).toMatchObject({
      caption: "my receipt",
      mime_type: "image/png",
      id: expect.any(String),
    });
    const download = await fetch(message?.image.url ?? "", {
      headers: { authorization: `Bearer ${TEST_BUSINESS.accessToken}` },
    });
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
  });
});
