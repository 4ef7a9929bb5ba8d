// Every LINE webhook fixture → the events it holds, with LINE's context kept on each.
import { describe, expect, it } from "vitest";
import { lineFixtureNames, loadLineFixture, type LineFixtureName } from "./fixtures/index.js";
import { parseLineWebhook, parseLineWebhookEvents } from "./parse-webhook.js";

const BOT = "Ub6f2e0c6a2d14e7a9c3f8d1e5b7a9c01";
const USER = "U4af4980629e5c8f4f2b3c2d1e0f9a8b7";
const GROUP = "Ca56f94637c1d4e7f8a9b0c1d2e3f4a5b";
const TS = 1767225600000;

function onlyEvent(name: LineFixtureName) {
  const events = parseLineWebhookEvents(loadLineFixture(name));
  expect(events).toHaveLength(1);
  const [event] = events;
  if (event === undefined) throw new Error(`no event in ${name}`);
  return event;
}

function contentOf(name: LineFixtureName) {
  const event = onlyEvent(name);
  if (event.type !== "message") throw new Error(`${name} is a ${event.type} event`);
  return event.content;
}

describe("message events", () => {
  it("a text: ids, sender, time, reply token and LINE's context", () => {
    const event = onlyEvent("message-text");
    expect(event).toEqual({
      type: "message",
      channel: "line",
      accountExternalId: BOT,
      providerMessageId: "549872013617086501",
      sender: { externalId: USER },
      timestamp: TS + 1000,
      content: { kind: "text", text: "Hello, I'd like to book a table for two" },
      line: {
        webhookEventId: "01JRC5Z8M4Q7X2W9T3B6N8D001",
        isRedelivery: false,
        mode: "active",
        source: { type: "user", userId: USER },
        chatId: USER,
        replyToken: { token: "b60d432864f44d079f6d8efe86cf4001", issuedAt: TS + 1000 },
      },
      raw: (loadLineFixture("message-text") as { events: unknown[] }).events[0],
    });
  });

  it("a group text keeps emoji and mention data raw, names the quoted message and the group to push to", () => {
    const event = onlyEvent("message-text-emoji-mention");
    expect(event).toMatchObject({
      type: "message",
      content: { kind: "text", text: "@Mei $ 預約明天晚上 thanks" },
      context: { replyToProviderId: "549872013617086400" },
      sender: { externalId: USER },
      line: { source: { type: "group", groupId: GROUP, userId: USER }, chatId: GROUP },
      raw: {
        message: {
          emojis: [{ index: 5, productId: "5ac1bfd5040ab15980c9b435" }],
          mention: { mentionees: [{ index: 0 }] },
        },
      },
    });
  });

  it.each<[LineFixtureName, unknown]>([
    ["message-image", { kind: "media", mediaType: "image", mediaId: "549872013617086503" }],
    [
      "message-image-external",
      {
        kind: "media",
        mediaType: "image",
        mediaId: "549872013617086504",
        url: "https://cdn.example.com/photos/table.jpg",
      },
    ],
    ["message-video", { kind: "media", mediaType: "video", mediaId: "549872013617086505" }],
    ["message-audio", { kind: "media", mediaType: "audio", mediaId: "549872013617086506" }],
    [
      "message-file",
      { kind: "media", mediaType: "document", mediaId: "549872013617086507", filename: "menu-2026.pdf" },
    ],
    [
      "message-location",
      {
        kind: "location",
        latitude: 25.033964,
        longitude: 121.564472,
        name: "台北101",
        address: "110台北市信義區信義路五段7號",
      },
    ],
    [
      "message-sticker",
      { kind: "media", mediaType: "sticker", mediaId: "549872013617086509", animated: true },
    ],
    ["message-unknown-type", { kind: "unsupported", rawType: "hologram", errors: [] }],
  ])("%s", (name, content) => {
    expect(contentOf(name)).toEqual(content);
  });

  it("a redelivered message says so; a standby message has no reply token", () => {
    expect(onlyEvent("message-redelivered").line).toMatchObject({ isRedelivery: true, mode: "active" });
    const standby = onlyEvent("message-standby");
    expect(standby.line.mode).toBe("standby");
    expect(standby.line.replyToken).toBeUndefined();
  });
});

describe("postbacks", () => {
  it("a tap on one of our choice buttons is a choice reply, keyed by the webhook event id", () => {
    expect(onlyEvent("postback-choice")).toMatchObject({
      type: "message",
      providerMessageId: "01JRC5Z8M4Q7X2W9T3B6N8D011",
      content: { kind: "choice_reply", via: "button", optionId: "slot_tue_1900", title: "週二 19:00" },
      line: { replyToken: { token: "b60d432864f44d079f6d8efe86cf4011", issuedAt: TS + 11000 } },
    });
  });

  it("a date picker and a rich menu switch are postbacks with their data and params", () => {
    expect(onlyEvent("postback-datetime")).toEqual({
      type: "postback",
      channel: "line",
      accountExternalId: BOT,
      providerEventId: "01JRC5Z8M4Q7X2W9T3B6N8D012",
      sender: { externalId: USER },
      timestamp: TS + 12000,
      payload: "action=pick_date&booking=8812",
      params: { date: "2026-01-20" },
      line: expect.objectContaining({
        replyToken: { token: "b60d432864f44d079f6d8efe86cf4012", issuedAt: TS + 12000 },
      }),
      raw: (loadLineFixture("postback-datetime") as { events: unknown[] }).events[0],
    });
    expect(onlyEvent("postback-richmenu")).toMatchObject({
      type: "postback",
      payload: "richmenu=orders",
      params: { newRichMenuAliasId: "orders", status: "SUCCESS" },
    });
  });
});

describe("subscription, unsend and status", () => {
  it("follow subscribes (with a reply token), an unblock says so, unfollow unsubscribes", () => {
    expect(onlyEvent("follow")).toMatchObject({
      type: "subscription",
      providerEventId: "01JRC5Z8M4Q7X2W9T3B6N8D014",
      change: "subscribed",
      unblocked: false,
      timestamp: TS + 14000,
      sender: { externalId: USER },
      line: { replyToken: { token: "b60d432864f44d079f6d8efe86cf4014" } },
    });
    expect(onlyEvent("follow-unblocked")).toMatchObject({
      type: "subscription",
      change: "subscribed",
      unblocked: true,
    });
    const unfollow = onlyEvent("unfollow");
    expect(unfollow).toMatchObject({
      type: "subscription",
      change: "unsubscribed",
      sender: { externalId: USER },
    });
    expect(unfollow.line.replyToken).toBeUndefined();
  });

  it("unsend names the message taken back", () => {
    expect(onlyEvent("unsend")).toMatchObject({ type: "unsend", providerMessageId: "549872013617086501" });
  });

  it("a LINE notification message delivery is a delivered status keyed by its delivery data", () => {
    expect(onlyEvent("delivery")).toMatchObject({
      type: "status",
      providerMessageId: "order-8812-confirmation",
      status: "delivered",
      recipientExternalId: USER,
      errors: [],
    });
  });

  it.each<[LineFixtureName, string]>([
    ["join", "join"],
    ["leave", "leave"],
    ["member-joined", "memberJoined"],
    ["member-left", "memberLeft"],
    ["video-play-complete", "videoPlayComplete"],
    ["beacon", "beacon"],
    ["account-link", "accountLink"],
  ])("%s is kept as an other event named %s", (name, field) => {
    expect(onlyEvent(name)).toMatchObject({ type: "other", channel: "line", accountExternalId: BOT, field });
  });
});

describe("parseLineWebhook", () => {
  it("gives neutral events only: an unsend becomes an other event named unsend", () => {
    const fields = (name: LineFixtureName) =>
      parseLineWebhook(loadLineFixture(name)).map((e) => [e.type, "field" in e ? e.field : undefined]);
    expect(fields("follow")).toEqual([["subscription", undefined]]);
    expect(fields("unfollow")).toEqual([["subscription", undefined]]);
    expect(fields("postback-datetime")).toEqual([["postback", undefined]]);
    expect(fields("unsend")).toEqual([["other", "unsend"]]);
    expect(fields("message-text")).toEqual([["message", undefined]]);
    expect(fields("delivery")).toEqual([["status", undefined]]);
  });

  it("parses every fixture without throwing, one event per LINE event (none for the connectivity check)", () => {
    for (const name of lineFixtureNames) {
      const body = loadLineFixture(name) as { events: unknown[] };
      const expected = name === "batch" ? body.events.length - 1 : body.events.length;
      expect(parseLineWebhook(body), name).toHaveLength(expected);
    }
  });

  it("skips an event without a webhookEventId and keeps the rest in order", () => {
    expect(
      parseLineWebhookEvents(loadLineFixture("batch")).map((e) => [e.type, e.line.webhookEventId]),
    ).toEqual([
      ["message", "01JRC5Z8M4Q7X2W9T3B6N8D028"],
      ["subscription", "01JRC5Z8M4Q7X2W9T3B6N8D029"],
      ["message", "01JRC5Z8M4Q7X2W9T3B6N8D031"],
    ]);
  });

  it("a known type missing its fields is kept as other rather than dropped", () => {
    const body = {
      destination: BOT,
      events: [
        {
          type: "message",
          timestamp: TS,
          webhookEventId: "01JRC5Z8M4Q7X2W9T3B6N8D099",
          mode: "active",
          message: { type: "text" },
        },
      ],
    };
    expect(parseLineWebhook(body)).toEqual([
      {
        type: "other",
        channel: "line",
        accountExternalId: BOT,
        field: "message",
        line: expect.anything(),
        raw: body.events[0],
      },
    ]);
  });

  it.each([
    undefined,
    null,
    "",
    "text",
    0,
    [],
    {},
    { destination: "", events: [] },
    { object: "page", entry: [] },
  ])("returns no events for %j", (body) => {
    expect(parseLineWebhook(body)).toEqual([]);
  });
});
