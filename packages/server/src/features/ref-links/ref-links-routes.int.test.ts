import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSwitchboard, testNumber } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";

interface ApiError {
  error: { code: string; message: string; path?: string };
}
interface Link {
  id: string;
  channelAccountId: string;
  code: string;
  name: string;
  moduleId: string;
  tags: string[];
  entries: number;
  url: string;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe.each(testDialects)("ref links over HTTP on %s", (dialect) => {
  let h: TestSwitchboard;
  let link: Link;
  beforeAll(async () => {
    h = await startTestSwitchboard(dialect);
  });
  afterAll(async () => h.close());

  const linksPath = () => `/api/v1/channel-accounts/${h.channelAccountId}/ref-links`;
  const listLinks = async () => ((await h.api("GET", linksPath())).json as { items: Link[] }).items;
  const image = (path: string, init: RequestInit = {}) => fetch(`${h.switchboard.url}${path}`, init);

  it("creates a link with its wa.me url and lists it", async () => {
    const created = await h.api("POST", linksPath(), {
      name: "Spring flyer",
      code: "春季 SALE",
      moduleId: "spring",
      tags: ["flyer", "spring", "flyer"],
    });
    expect(created.status).toBe(201);
    link = (created.json as { link: Link }).link;
    expect(link).toMatchObject({
      channelAccountId: h.channelAccountId,
      code: "春季 SALE",
      name: "Spring flyer",
      moduleId: "spring",
      tags: ["flyer", "spring"],
      entries: 0,
      url: `https://wa.me/${testNumber.displayPhoneNumber}?text=${encodeURIComponent("春季 SALE")}`,
    });
    expect(await listLinks()).toEqual([link]);
  });

  it("answers 409 ref_link_code_taken for a code the account already uses, also in another case", async () => {
    for (const code of ["春季 SALE", "春季 sale"]) {
      const response = await h.api("POST", linksPath(), { name: "Copy", code, moduleId: "spring" });
      expect(response.status).toBe(409);
      expect((response.json as ApiError).error).toMatchObject({ code: "ref_link_code_taken", path: "code" });
    }
    const other = await h.api("POST", linksPath(), { name: "Other", code: "STORE-A", moduleId: "store" });
    expect(other.status).toBe(201);
    const otherId = (other.json as { link: Link }).link.id;
    const clash = await h.api("PATCH", `/api/v1/ref-links/${otherId}`, { code: link.code });
    expect(clash.status).toBe(409);
    expect((await h.api("DELETE", `/api/v1/ref-links/${otherId}`)).json).toEqual({ ok: true });
  });

  it("answers 422 naming the code when it has spaces around it or is too long", async () => {
    const spaced = await h.api("POST", linksPath(), { name: "x", code: " A1", moduleId: "m" });
    expect(spaced.status).toBe(422);
    expect((spaced.json as ApiError).error).toMatchObject({ code: "ref_link_invalid", path: "code" });
    const long = await h.api("POST", linksPath(), { name: "x", code: "c".repeat(65), moduleId: "m" });
    expect((long.json as ApiError).error.path).toBe("code");
  });

  it("changes a link and keeps its code when another field changes", async () => {
    const response = await h.api("PATCH", `/api/v1/ref-links/${link.id}`, {
      name: "Spring poster",
      tags: [],
    });
    expect(response.status).toBe(200);
    expect((response.json as { link: Link }).link).toMatchObject({
      id: link.id,
      name: "Spring poster",
      code: link.code,
      tags: [],
      url: link.url,
    });
  });

  it("draws the QR code as PNG and SVG, as a download on request", async () => {
    const auth = { headers: { authorization: `Bearer ${h.switchboard.adminToken}` } };
    const png = await image(`/api/v1/ref-links/${link.id}/qr.png`, auth);
    expect(png.status).toBe(200);
    expect(png.headers.get("content-type")).toBe("image/png");
    expect(png.headers.get("content-disposition")).toBe(null);
    expect(Buffer.from(await png.arrayBuffer()).subarray(0, 8)).toEqual(PNG_SIGNATURE);

    const svg = await image(`/api/v1/ref-links/${link.id}/qr.svg?download=1`, auth);
    expect(svg.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(svg.headers.get("content-disposition")).toMatch(
      /^attachment; filename="__ SALE\.svg"; filename\*=UTF-8''/,
    );
    expect(await svg.text()).toContain("<svg");
  });

  it("accepts the token as ?token= for the images only, and refuses a wrong one", async () => {
    const token = encodeURIComponent(h.switchboard.adminToken);
    const ok = await image(`/api/v1/ref-links/${link.id}/qr.png?token=${token}`);
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    const wrong = await image(`/api/v1/ref-links/${link.id}/qr.svg?token=not-the-token`);
    expect(wrong.status).toBe(401);
    const none = await image(`/api/v1/ref-links/${link.id}/qr.svg`);
    expect(none.status).toBe(401);
    const json = await image(`/api/v1/channel-accounts/${h.channelAccountId}/ref-links?token=${token}`);
    expect(json.status).toBe(401);
  });

  it("answers 404 for a link or an account that does not exist", async () => {
    const qr = await h.api("GET", "/api/v1/ref-links/nope123/qr.png");
    expect(qr.status).toBe(404);
    const list = await h.api("GET", "/api/v1/channel-accounts/nope123/ref-links");
    expect((list.json as ApiError).error.message).toBe("channel account nope123 does not exist");
  });

  it("deletes a link", async () => {
    expect((await h.api("DELETE", `/api/v1/ref-links/${link.id}`)).json).toEqual({ ok: true });
    expect(await listLinks()).toEqual([]);
    expect((await h.api("DELETE", `/api/v1/ref-links/${link.id}`)).status).toBe(404);
  });
});
