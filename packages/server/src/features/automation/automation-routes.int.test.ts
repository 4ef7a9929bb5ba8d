import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";

interface ApiError {
  error: { code: string; message: string; path?: string; issues?: { path: string; message: string }[] };
}
interface Rule {
  id: string;
  channelAccountId: string;
  name: string;
  keywords: { match: string; value: string }[];
  reply: unknown;
  priority: number;
  enabled: boolean;
  createdAt: number;
  updatedAt: number;
}

describe.each(testDialects)("keyword rules and automation settings over HTTP on %s", (dialect) => {
  let h: TestSwitchboard;
  beforeAll(async () => {
    h = await startTestSwitchboard(dialect);
  });
  afterAll(async () => h.close());

  const rulesPath = () => `/api/v1/channel-accounts/${h.channelAccountId}/keyword-rules`;
  const listRules = async () => ((await h.api("GET", rulesPath())).json as { items: Rule[] }).items;

  it("creates, lists by priority, changes and deletes keyword rules", async () => {
    const booking = await h.api("POST", rulesPath(), {
      name: "Booking",
      keywords: [
        { match: "contains", value: "預約" },
        { match: "regex", value: "^book(ing)?$" },
      ],
      reply: { kind: "module", moduleId: "booking" },
    });
    expect(booking.status).toBe(201);
    const rule = (booking.json as { rule: Rule }).rule;
    expect(rule).toMatchObject({
      channelAccountId: h.channelAccountId,
      name: "Booking",
      keywords: [
        { match: "contains", value: "預約" },
        { match: "regex", value: "^book(ing)?$" },
      ],
      reply: { kind: "module", moduleId: "booking" },
      priority: 0,
      enabled: true,
    });
    const hours = await h.api("POST", rulesPath(), {
      name: "Opening hours",
      keywords: [{ match: "exact", value: "hours" }],
      reply: { kind: "text", text: "We open 10:00–20:00" },
      priority: 5,
      enabled: false,
    });
    expect(hours.status).toBe(201);
    expect((await listRules()).map((r) => r.name)).toEqual(["Opening hours", "Booking"]);

    const patched = await h.api("PATCH", `/api/v1/keyword-rules/${rule.id}`, {
      priority: 9,
      name: "Bookings",
    });
    expect(patched.status).toBe(200);
    expect((patched.json as { rule: Rule }).rule).toMatchObject({
      name: "Bookings",
      priority: 9,
      keywords: rule.keywords,
      reply: rule.reply,
    });
    expect((await listRules()).map((r) => r.name)).toEqual(["Bookings", "Opening hours"]);

    expect((await h.api("DELETE", `/api/v1/keyword-rules/${rule.id}`)).json).toEqual({ ok: true });
    expect((await listRules()).map((r) => r.name)).toEqual(["Opening hours"]);
    const again = await h.api("DELETE", `/api/v1/keyword-rules/${rule.id}`);
    expect(again.status).toBe(404);
    expect((again.json as ApiError).error.message).toContain(rule.id);
  });

  it("answers 422 naming keywords[i].value when a regex does not compile, storing nothing", async () => {
    const before = await listRules();
    const response = await h.api("POST", rulesPath(), {
      name: "Orders",
      keywords: [{ match: "regex", value: "order(\\d+" }],
      reply: { kind: "text", text: "Looking it up" },
    });
    expect(response.status).toBe(422);
    const error = (response.json as ApiError).error;
    expect(error.code).toBe("keyword_rule_invalid");
    expect(error.path).toBe("keywords[0].value");
    expect(error.message).toMatch(/^keywords\[0\]\.value: regex does not compile/);
    expect(await listRules()).toEqual(before);
  });

  it("checks a changed rule as a whole, naming the keyword", async () => {
    const created = await h.api("POST", rulesPath(), {
      name: "Price",
      keywords: [{ match: "contains", value: "price" }],
      reply: { kind: "text", text: "From NT$500" },
    });
    const id = (created.json as { rule: Rule }).rule.id;
    const response = await h.api("PATCH", `/api/v1/keyword-rules/${id}`, {
      keywords: [
        { match: "contains", value: "price" },
        { match: "regex", value: "[a-" },
      ],
    });
    expect(response.status).toBe(422);
    expect((response.json as ApiError).error.path).toBe("keywords[1].value");
    const wrongType = await h.api("PATCH", `/api/v1/keyword-rules/${id}`, { priority: "high" });
    expect(wrongType.status).toBe(400);
    expect((wrongType.json as ApiError).error.code).toBe("invalid_request");
  });

  it("answers 404 naming a channel account that does not exist", async () => {
    const response = await h.api("GET", "/api/v1/channel-accounts/nope123/keyword-rules");
    expect(response.status).toBe(404);
    expect((response.json as ApiError).error.message).toBe("channel account nope123 does not exist");
    const automation = await h.api("PATCH", "/api/v1/channel-accounts/nope123/automation", {
      defaultReply: null,
    });
    expect(automation.status).toBe(404);
  });

  it("round-trips the default reply and send policy, with defaults when nothing is stored", async () => {
    const path = `/api/v1/channel-accounts/${h.channelAccountId}/automation`;
    expect((await h.api("GET", path)).json).toEqual({ defaultReply: null, sendPolicy: {} });

    const sendPolicy = {
      quietHours: { start: "22:00", end: "08:00", timeZone: "Asia/Taipei" },
      frequencyCaps: [{ topic: "marketing", max: 2, perMs: 604_800_000 }],
    };
    const saved = await h.api("PATCH", path, {
      defaultReply: { kind: "text", text: "An agent will answer soon" },
      sendPolicy,
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({
      defaultReply: { kind: "text", text: "An agent will answer soon" },
      sendPolicy,
    });

    const onlyReply = await h.api("PATCH", path, { defaultReply: { kind: "module", moduleId: "menu" } });
    expect(onlyReply.json).toEqual({ defaultReply: { kind: "module", moduleId: "menu" }, sendPolicy });
    expect((await h.api("GET", path)).json).toEqual({
      defaultReply: { kind: "module", moduleId: "menu" },
      sendPolicy,
    });

    const cleared = await h.api("PATCH", path, { defaultReply: null });
    expect(cleared.json).toEqual({ defaultReply: null, sendPolicy });
  });

  it("answers 422 naming the field for an unknown time zone, keeping what was stored", async () => {
    const path = `/api/v1/channel-accounts/${h.channelAccountId}/automation`;
    const before = (await h.api("GET", path)).json;
    const response = await h.api("PATCH", path, {
      sendPolicy: { quietHours: { start: "22:00", end: "08:00", timeZone: "Asia/Taipie" } },
    });
    expect(response.status).toBe(422);
    const error = (response.json as ApiError).error;
    expect(error.code).toBe("automation_invalid");
    expect(error.path).toBe("sendPolicy.quietHours.timeZone");
    expect(error.message).toContain("unknown IANA time zone");
    expect((await h.api("GET", path)).json).toEqual(before);
  });

  it("lists the routes in the OpenAPI document", async () => {
    const doc = (await h.api("GET", "/api/v1/openapi.json")).json as { paths: Record<string, object> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/channel-accounts/{id}/keyword-rules",
        "/api/v1/keyword-rules/{id}",
        "/api/v1/channel-accounts/{id}/automation",
        "/api/v1/channel-accounts/{id}/ref-links",
        "/api/v1/ref-links/{id}",
      ]),
    );
  });
});
