import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSwitchboard } from "../testing/test-switchboard.js";
import type { TestSwitchboard } from "../testing/test-switchboard.js";
import { testDialects } from "../testing/test-databases.js";

interface StoreJson {
  id: string;
  name: string;
  timeZone: string;
  hours: Record<string, { start: string; end: string }[]>;
  holidays: { date: string; name?: string; hours: { start: string; end: string }[] }[];
  channelAccounts: { channelAccountId: string; isDefault: boolean }[];
  offlineReply: string | null;
  instantReply: string | null;
}
interface ErrorJson {
  error: { code: string; message: string; path?: string; issues?: { path: string; message: string }[] };
}

const weekdays = { monday: [{ start: "09:00", end: "18:00" }] };

describe.each(testDialects)("stores API on %s", (dialect) => {
  let t: TestSwitchboard;
  beforeAll(async () => {
    t = await startTestSwitchboard(dialect);
  });
  afterAll(async () => t.close());

  const create = (body: unknown) => t.api("POST", "/api/v1/stores", body);
  const storeOf = (json: unknown) => (json as { store: StoreJson }).store;
  const errorOf = (json: unknown) => (json as ErrorJson).error;

  it("creates, lists, reads, changes and deletes a store", async () => {
    const created = await create({
      name: "Taipei 101 counter",
      timeZone: "Asia/Taipei",
      hours: {
        monday: [
          { start: "10:00", end: "14:00" },
          { start: "15:00", end: "22:00" },
        ],
        friday: [{ start: "22:00", end: "02:00" }],
      },
      holidays: [
        { date: "2026-09-25", name: "Moon festival" },
        { date: "2026-12-31", hours: [{ start: "10:00", end: "16:00" }] },
      ],
      channelAccounts: [{ channelAccountId: t.channelAccountId, isDefault: true }],
      offlineReply: "We are closed now; we open at 10:00.",
      instantReply: "  ",
    });
    expect(created.status).toBe(201);
    const store = storeOf(created.json);
    expect(store).toMatchObject({
      name: "Taipei 101 counter",
      timeZone: "Asia/Taipei",
      holidays: [
        { date: "2026-09-25", name: "Moon festival", hours: [] },
        { date: "2026-12-31", hours: [{ start: "10:00", end: "16:00" }] },
      ],
      channelAccounts: [{ channelAccountId: t.channelAccountId, isDefault: true }],
      offlineReply: "We are closed now; we open at 10:00.",
      instantReply: null,
    });
    expect(store.hours["tuesday"]).toEqual([]);
    expect(store.hours["friday"]).toEqual([{ start: "22:00", end: "02:00" }]);

    const list = (await t.api("GET", "/api/v1/stores")).json as { items: StoreJson[] };
    expect(list.items.map((s) => s.id)).toContain(store.id);
    expect(storeOf((await t.api("GET", `/api/v1/stores/${store.id}`)).json).name).toBe("Taipei 101 counter");

    const renamed = await t.api("PATCH", `/api/v1/stores/${store.id}`, {
      name: "Xinyi counter",
      channelAccounts: [],
      hours: weekdays,
    });
    expect(renamed.status).toBe(200);
    expect(storeOf(renamed.json)).toMatchObject({
      name: "Xinyi counter",
      timeZone: "Asia/Taipei",
      channelAccounts: [],
      offlineReply: "We are closed now; we open at 10:00.",
      hours: { ...weekdays, friday: [] },
    });

    expect((await t.api("DELETE", `/api/v1/stores/${store.id}`)).status).toBe(200);
    expect((await t.api("GET", `/api/v1/stores/${store.id}`)).status).toBe(404);
    const again = await t.api("DELETE", `/api/v1/stores/${store.id}`);
    expect(again.status).toBe(404);
    expect(errorOf(again.json).code).toBe("not_found");
  });

  it("fills a new store with a closed week, no holidays and no replies", async () => {
    const created = await create({ name: "Kiosk", timeZone: "Europe/Berlin" });
    expect(created.status).toBe(201);
    const store = storeOf(created.json);
    expect(Object.values(store.hours).every((day) => day.length === 0)).toBe(true);
    expect(store).toMatchObject({
      holidays: [],
      channelAccounts: [],
      offlineReply: null,
      instantReply: null,
    });
  });

  it.each([
    [
      "overlapping intervals",
      {
        hours: {
          monday: [
            { start: "09:00", end: "12:00" },
            { start: "08:00", end: "10:00" },
          ],
        },
      },
      "hours.monday[1].end",
      "overlaps monday[0] 09:00–12:00",
    ],
    [
      "a malformed time",
      { hours: { sunday: [{ start: "9am", end: "18:00" }] } },
      "hours.sunday[0].start",
      "HH:MM",
    ],
    ["an unknown time zone", { timeZone: "Asia/Atlantis" }, "timeZone", "unknown IANA time zone"],
    [
      "a repeated holiday",
      { holidays: [{ date: "2026-01-01" }, { date: "2026-01-01" }] },
      "holidays[1].date",
      "listed twice",
    ],
    ["a blank name", { name: "   " }, "name", "required"],
    [
      "an unknown channel account",
      { channelAccounts: [{ channelAccountId: "nope" }] },
      "channelAccounts[0].channelAccountId",
      "channel account nope does not exist",
    ],
  ])("answers 422 naming the field for %s", async (_name, change, path, message) => {
    const answer = await create({ name: "Broken", timeZone: "Asia/Taipei", ...change });
    expect(answer.status).toBe(422);
    const error = errorOf(answer.json);
    expect(error.code).toBe("store_invalid");
    expect(error.path).toBe(path);
    expect(error.issues?.[0]?.message).toContain(message);
  });

  it("answers 400 with the request path when a field has the wrong type", async () => {
    const answer = await create({
      name: "Typed",
      timeZone: "Asia/Taipei",
      hours: { monday: [{ start: 9, end: "10:00" }] },
    });
    expect(answer.status).toBe(400);
    expect(errorOf(answer.json).issues?.[0]?.path).toBe("body.hours.monday.0.start");
  });

  it("keeps one default store per account and refuses a second with 409", async () => {
    const first = storeOf(
      (
        await create({
          name: "Default",
          timeZone: "Asia/Taipei",
          channelAccounts: [{ channelAccountId: t.channelAccountId, isDefault: true }],
        })
      ).json,
    );
    const second = await create({
      name: "Second",
      timeZone: "Asia/Taipei",
      channelAccounts: [{ channelAccountId: t.channelAccountId, isDefault: true }],
    });
    expect(second.status).toBe(409);
    expect(errorOf(second.json)).toMatchObject({
      code: "store_default_taken",
      path: "channelAccounts[0].isDefault",
    });
    expect(errorOf(second.json).message).toContain("“Default” is already the default store");

    // Serving the account without being its default is fine; the default store may save itself again.
    const sharing = await create({
      name: "Second",
      timeZone: "Asia/Taipei",
      channelAccounts: [{ channelAccountId: t.channelAccountId }],
    });
    expect(sharing.status).toBe(201);
    expect((await t.api("PATCH", `/api/v1/stores/${first.id}`, { name: "Default store" })).status).toBe(200);

    const queue = await t.api("GET", `/api/v1/channel-accounts/${t.channelAccountId}/queue-replies`);
    expect(queue.json).toEqual({ queueReplies: null, store: { id: first.id, name: "Default store" } });
    await t.api("DELETE", `/api/v1/stores/${first.id}`);
    await t.api("DELETE", `/api/v1/stores/${storeOf(sharing.json).id}`);
  });

  it("keeps the stored store when a change breaks a rule", async () => {
    const store = storeOf((await create({ name: "Steady", timeZone: "Asia/Taipei", hours: weekdays })).json);
    const broken = await t.api("PATCH", `/api/v1/stores/${store.id}`, {
      hours: { monday: [{ start: "10:00", end: "10:00" }] },
    });
    expect(broken.status).toBe(422);
    expect(errorOf(broken.json).path).toBe("hours.monday[0].end");
    expect(storeOf((await t.api("GET", `/api/v1/stores/${store.id}`)).json).hours["monday"]).toEqual(
      weekdays.monday,
    );
    expect((await t.api("PATCH", "/api/v1/stores/missing", { name: "x" })).status).toBe(404);
  });

  it("says whether a store is open and when it opens next", async () => {
    const store = storeOf((await create({ name: "Mondays", timeZone: "Asia/Taipei", hours: weekdays })).json);
    const open = await t.api("GET", `/api/v1/stores/${store.id}/open?at=2026-05-04T10:00:00%2B08:00`);
    expect(open.json).toEqual({ open: true, nextOpeningAt: Date.parse("2026-05-04T10:00:00+08:00") });
    const evening = Date.parse("2026-05-04T20:00:00+08:00");
    const closed = await t.api("GET", `/api/v1/stores/${store.id}/open?at=${evening}`);
    expect(closed.json).toEqual({ open: false, nextOpeningAt: Date.parse("2026-05-11T09:00:00+08:00") });
    const bad = await t.api("GET", `/api/v1/stores/${store.id}/open?at=tomorrow`);
    expect(bad.status).toBe(400);
    expect(errorOf(bad.json).issues?.[0]?.path).toBe("query.at");
    const never = storeOf((await create({ name: "Never", timeZone: "Asia/Taipei" })).json);
    expect((await t.api("GET", `/api/v1/stores/${never.id}/open`)).json).toEqual({
      open: false,
      nextOpeningAt: null,
    });
  });

  it("keeps a channel account's own queue replies, with the time zone required the first time", async () => {
    const path = `/api/v1/channel-accounts/${t.channelAccountId}/queue-replies`;
    const missingZone = await t.api("PATCH", path, { offlineReply: "Closed" });
    expect(missingZone.status).toBe(422);
    expect(errorOf(missingZone.json)).toMatchObject({ code: "queue_replies_invalid", path: "timeZone" });
    const saved = await t.api("PATCH", path, {
      timeZone: "Asia/Taipei",
      hours: weekdays,
      offlineReply: "Closed",
    });
    expect(saved.status).toBe(200);
    const changed = await t.api("PATCH", path, { instantReply: "Right with you" });
    expect(changed.json).toMatchObject({
      queueReplies: {
        timeZone: "Asia/Taipei",
        hours: weekdays,
        offlineReply: "Closed",
        instantReply: "Right with you",
      },
      store: null,
    });
    expect((await t.api("DELETE", path)).status).toBe(200);
    expect((await t.api("GET", path)).json).toEqual({ queueReplies: null, store: null });
    expect((await t.api("GET", "/api/v1/channel-accounts/nope/queue-replies")).status).toBe(404);
  });

  it("documents the routes in the OpenAPI document", async () => {
    const doc = (await t.api("GET", "/api/v1/openapi.json")).json as { paths: Record<string, object> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/v1/stores",
        "/api/v1/stores/{id}",
        "/api/v1/stores/{id}/open",
        "/api/v1/channel-accounts/{id}/queue-replies",
      ]),
    );
  });
});
