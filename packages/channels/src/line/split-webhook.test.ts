import { describe, expect, it } from "vitest";
import { loadLineFixture } from "./fixtures/index.js";
import { splitLineWebhook } from "./split-webhook.js";

const BOT = "Ub6f2e0c6a2d14e7a9c3f8d1e5b7a9c01";

describe("splitLineWebhook", () => {
  it("gives one body per event, keyed by webhookEventId, with the redelivery flag", () => {
    const body = loadLineFixture("batch") as { events: unknown[] };
    const items = splitLineWebhook(body);
    expect(items.map((item) => [item.accountExternalId, item.dedupeKey, item.isRedelivery])).toEqual([
      [BOT, "01JRC5Z8M4Q7X2W9T3B6N8D028", false],
      [BOT, "01JRC5Z8M4Q7X2W9T3B6N8D029", false],
      [BOT, undefined, false],
      [BOT, "01JRC5Z8M4Q7X2W9T3B6N8D031", true],
    ]);
    expect(items.map((item) => item.body)).toEqual(
      body.events.map((event) => ({ destination: BOT, events: [event] })),
    );
  });

  it("keeps a redelivered event's key, so storing it again is a duplicate", () => {
    const [item] = splitLineWebhook(loadLineFixture("message-redelivered"));
    expect(item).toMatchObject({ dedupeKey: "01JRC5Z8M4Q7X2W9T3B6N8D026", isRedelivery: true });
  });

  it("gives nothing for the connectivity check and for bodies that are not LINE webhooks", () => {
    for (const body of [loadLineFixture("connectivity-check"), undefined, null, {}, { events: [{}] }, "x"]) {
      expect(splitLineWebhook(body)).toEqual([]);
    }
  });

  it("keeps an event it cannot read, without a key, so it is still stored once", () => {
    expect(splitLineWebhook({ destination: BOT, events: ["odd", { webhookEventId: 7 }] })).toEqual([
      {
        accountExternalId: BOT,
        dedupeKey: undefined,
        isRedelivery: false,
        body: { destination: BOT, events: ["odd"] },
      },
      {
        accountExternalId: BOT,
        dedupeKey: undefined,
        isRedelivery: false,
        body: { destination: BOT, events: [{ webhookEventId: 7 }] },
      },
    ]);
  });
});
