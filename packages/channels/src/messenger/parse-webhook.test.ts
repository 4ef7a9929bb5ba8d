// Every Messenger fixture through the parser: what each event kind becomes, in order, and what is kept.
import { describe, expect, it } from "vitest";
import { loadMessengerFixture, messengerFixtureNames, type MessengerFixtureName } from "./fixtures/index.js";
import { parseMessengerWebhook } from "./parse-webhook.js";

const PAGE = "108914855231537";
const PSID = "6783475981684362";
const TS = 1749416383123;
const mid = (n: string) =>
  `m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rB${n}`;
const parse = (name: MessengerFixtureName) => parseMessengerWebhook(loadMessengerFixture(name));
const base = { channel: "messenger", accountExternalId: PAGE } as const;
const message = (n: string, content: unknown, more: Record<string, unknown> = {}) => ({
  type: "message",
  ...base,
  providerMessageId: mid(n),
  sender: { externalId: PSID },
  timestamp: TS,
  content,
  raw: expect.any(Object),
  ...more,
});

describe("parseMessengerWebhook: messages", () => {
  it("text", () => {
    expect(parse("message-text")).toEqual([message("0P", { kind: "text", text: "請問週六還有位子嗎？ 😀" })]);
  });

  it("two photos become two events; the second id gets #1", () => {
    const events = parse("message-images");
    expect(events.map((e) => e.type === "message" && e.providerMessageId)).toEqual([
      mid("1A"),
      `${mid("1A")}#1`,
    ]);
    expect(events[0]).toMatchObject({ content: { kind: "media", mediaType: "image" } });
    const [first] = events;
    if (first?.type !== "message" || first.content.kind !== "media") throw new Error("expected media");
    expect(first.content.mediaId).toBe(first.content.url);
    expect(first.content.url).toMatch(/^https:\/\/scontent\.xx\.fbcdn\.net\//);
  });

  it("a video with text: the text is the caption", () => {
    expect(parse("message-video-with-text")).toEqual([
      message(
        "2V",
        expect.objectContaining({ kind: "media", mediaType: "video", caption: "Is this the right one?" }),
      ),
    ]);
  });

  it.each([
    ["message-audio", "3A", "audio"],
    ["message-file", "4F", "document"],
    ["message-sticker", "7S", "sticker"],
  ] as const)("%s → media of type %s", (name, n, mediaType) => {
    expect(parse(name)).toEqual([message(n, expect.objectContaining({ kind: "media", mediaType }))]);
  });

  it("location", () => {
    expect(parse("message-location")).toEqual([
      message("5L", {
        kind: "location",
        latitude: 25.0339,
        longitude: 121.5645,
        name: "Taipei 101",
        url: "https://www.bing.com/maps/default.aspx?v=2&pc=FACEBK&mid=8100&where1=25.0339%2C+121.5645",
      }),
    ]);
  });

  it("a fallback link becomes text of its title and URL", () => {
    expect(parse("message-fallback")).toEqual([
      message("6K", { kind: "text", text: "Spring menu – Example Salon\nhttps://example-salon.tw/menu" }),
    ]);
  });

  it("a quick reply tap is a choice reply with the payload as option id", () => {
    expect(parse("message-quick-reply")).toEqual([
      message("8Q", { kind: "choice_reply", via: "button", optionId: "slot_sat_pm", title: "週六下午" }),
    ]);
  });

  it("a reply keeps the quoted message id", () => {
    expect(parse("message-reply-to")).toEqual([
      message(
        "9R",
        { kind: "text", text: "This one please" },
        { context: { replyToProviderId: mid("OUT1") } },
      ),
    ]);
  });

  it("a message from an ad keeps its referral", () => {
    expect(parse("message-from-ad")).toEqual([
      message(
        "10",
        { kind: "text", text: "Hi! I saw your ad for the spring menu." },
        {
          referral: {
            ref: "spring_menu",
            sourceType: "ADS",
            sourceId: "23851234567890123",
            headline: "Spring menu is here",
            mediaType: "image",
          },
        },
      ),
    ]);
  });
});

describe("parseMessengerWebhook: postbacks, referrals and opt-ins", () => {
  const postback = (extra: Record<string, unknown>) => ({
    type: "postback",
    ...base,
    sender: { externalId: PSID },
    timestamp: TS,
    raw: expect.any(Object),
    ...extra,
  });

  it("Get Started with the m.me ref", () => {
    expect(parse("postback-get-started")).toEqual([
      postback({
        providerEventId: mid("11"),
        payload: "get_started",
        title: "Get Started",
        referral: { ref: "spring24", sourceType: "SHORTLINK" },
      }),
    ]);
  });

  it.each([
    ["postback-menu", "12", "module:booking", "Book a visit"],
    ["postback-button", "13", "slot_sat_am", "週六上午"],
  ] as const)("%s", (name, n, payload, title) => {
    expect(parse(name)).toEqual([postback({ providerEventId: mid(n), payload, title })]);
  });

  it("a postback without mid gets a stable id from sender and time", () => {
    expect(parse("postback-without-mid")).toEqual([
      postback({ providerEventId: `postback:${PSID}:${TS}`, payload: "module:human", title: "Talk to us" }),
    ]);
  });

  it("an m.me ref on an existing thread is a referral event", () => {
    expect(parse("referral-shortlink")).toEqual([
      {
        type: "referral",
        ...base,
        providerEventId: `referral:${PSID}:${TS}`,
        sender: { externalId: PSID },
        timestamp: TS,
        referral: { ref: "spring24", sourceType: "SHORTLINK" },
        raw: expect.objectContaining({ referral: expect.any(Object) }),
      },
    ]);
  });

  it("notification opt-in and stop are subscription changes with topic and token", () => {
    const subscription = (change: string, token: Record<string, unknown>) => ({
      type: "subscription",
      ...base,
      providerEventId: `optin:${PSID}:${TS}`,
      sender: { externalId: PSID },
      timestamp: TS,
      change,
      topic: "Spring offers",
      ref: "spring_offers",
      token: { value: "7137452089312473598", kind: "notification_messages", ...token },
      raw: expect.any(Object),
    });
    expect(parse("optin-notifications")).toEqual([subscription("subscribed", { expiresAt: 1765000000000 })]);
    expect(parse("optin-stop")).toEqual([subscription("unsubscribed", {})]);
  });

  it("a plugin opt-in subscribes to the account; one without a sender id stays other", () => {
    expect(parse("optin-plugin")).toEqual([
      expect.objectContaining({ type: "subscription", change: "subscribed", ref: "checkout_page" }),
    ]);
    const [event] = parse("optin-plugin");
    expect(event).not.toHaveProperty("topic");
    expect(parse("optin-user-ref")).toEqual([expect.objectContaining({ type: "other", field: "optin" })]);
  });
});

describe("parseMessengerWebhook: deliveries, reads and echoes", () => {
  it("a delivery with mids is one delivered status per mid", () => {
    expect(parse("delivery")).toEqual(
      ["OUT1", "OUT2"].map((n) => ({
        type: "status",
        ...base,
        providerMessageId: mid(n),
        status: "delivered",
        timestamp: TS,
        recipientExternalId: PSID,
        errors: [],
        raw: expect.any(Object),
      })),
    );
  });

  it.each([
    ["delivery-watermark", "delivered"],
    ["read", "read"],
  ] as const)("%s → a %s watermark for the customer", (name, status) => {
    const watermark = name === "read" ? 1749416395000 : 1749416390000;
    expect(parse(name)).toEqual([
      {
        type: "status_watermark",
        ...base,
        recipientExternalId: PSID,
        status,
        watermark,
        timestamp: TS,
        raw: expect.any(Object),
      },
    ]);
  });

  it("echoes are their own event type, with app id and metadata", () => {
    expect(parse("echo")).toEqual([
      {
        type: "echo",
        ...base,
        providerMessageId: mid("OUT1"),
        recipientExternalId: PSID,
        timestamp: TS,
        content: { kind: "text", text: "Saturday 2 pm is free. Book it?" },
        appId: "1046827183491650",
        metadata: "msg_01J2Z3X4Y5",
        raw: expect.any(Object),
      },
    ]);
    expect(parse("echo-from-inbox")).toEqual([
      expect.objectContaining({
        type: "echo",
        appId: "263902037430900",
        content: { kind: "text", text: "Hi, this is Mei from the salon." },
      }),
    ]);
    expect(parse("echo-from-inbox")[0]).not.toHaveProperty("metadata");
  });

  it("reactions are kept as other events of their field", () => {
    expect(parse("reaction")).toEqual([
      { type: "other", ...base, field: "reaction", raw: expect.any(Object) },
    ]);
  });
});

describe("parseMessengerWebhook: feed comments", () => {
  const comment = {
    type: "comment",
    ...base,
    commentId: "122104562318001_1043215687234567",
    postId: "108914855231537_122104562318001",
    sender: { externalId: "7512093847561234", displayName: "Lin Mei" },
    text: "想預約 週六 可以嗎？",
    timestamp: 1749416383000,
    fromAccount: false,
    raw: expect.any(Object),
  };

  it("a new comment on a post", () => {
    expect(parse("feed-comment")).toEqual([comment]);
    expect(parse("feed-comment")[0]).not.toHaveProperty("parentCommentId");
  });

  it("a reply to a comment names its parent", () => {
    expect(parse("feed-comment-reply")).toEqual([
      expect.objectContaining({
        type: "comment",
        parentCommentId: "122104562318001_1043215687234567",
        fromAccount: false,
      }),
    ]);
  });

  it("the Page's own comment is marked fromAccount", () => {
    expect(parse("feed-comment-own")).toEqual([
      expect.objectContaining({ type: "comment", fromAccount: true }),
    ]);
  });

  it("an edit is other", () => {
    expect(parse("feed-comment-edited")).toEqual([
      { type: "other", ...base, field: "feed", raw: expect.any(Object) },
    ]);
  });
});

describe("parseMessengerWebhook: robustness", () => {
  it("parses a batch in order and skips what is malformed", () => {
    expect(parse("batch").map((e) => e.type)).toEqual(["message", "status_watermark", "message", "comment"]);
  });

  it("never throws and ignores other envelopes", () => {
    for (const body of [
      undefined,
      null,
      "",
      0,
      [],
      {},
      { object: "instagram", entry: [] },
      { object: "page" },
    ]) {
      expect(parseMessengerWebhook(body)).toEqual([]);
    }
    expect(parseMessengerWebhook(loadMessengerFixture("message-text"))).toHaveLength(1);
    const instagramBody = { ...(loadMessengerFixture("message-text") as object), object: "instagram" };
    expect(parseMessengerWebhook(instagramBody)).toEqual([]);
  });

  it("parses every fixture into at least one event and keeps the platform item as raw", () => {
    for (const name of messengerFixtureNames) {
      const events = parse(name);
      expect(events.length, name).toBeGreaterThan(0);
      for (const event of events) expect(event.raw, name).toBeDefined();
    }
  });
});
