// Every Instagram fixture through the parser: its narrower event set, story mentions and replies, comments.
import { describe, expect, it } from "vitest";
import { instagramFixtureNames, loadInstagramFixture, type InstagramFixtureName } from "./fixtures/index.js";
import { parseInstagramWebhook } from "./parse-webhook.js";
import { splitInstagramWebhook } from "./split-webhook.js";

const IG = "17841405793187218";
const IGSID = "1182765409375826";
const TS = 1749416383123;
const mid = (n: string) =>
  `aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDA1NzkzMTg3MjE4OjM0MDI4MjM2Njg0MTcxMDMwMTI0NDI1OTQ0MjUxMzM2NzQ3MTYzOT${n}`;
const parse = (name: InstagramFixtureName) => parseInstagramWebhook(loadInstagramFixture(name));
const base = { channel: "instagram", accountExternalId: IG } as const;
const message = (n: string, content: unknown, more: Record<string, unknown> = {}) => ({
  type: "message",
  ...base,
  providerMessageId: mid(n),
  sender: { externalId: IGSID },
  timestamp: TS,
  content,
  raw: expect.any(Object),
  ...more,
});

describe("parseInstagramWebhook: messages", () => {
  it("text and photos", () => {
    expect(parse("message-text")).toEqual([message("0", { kind: "text", text: "請問這件有 M 號嗎？ 🙏" })]);
    expect(parse("message-image")).toEqual([
      message(
        "1",
        expect.objectContaining({ kind: "media", mediaType: "image", url: expect.stringMatching(/^https:/) }),
      ),
    ]);
  });

  it("a story mention is a system message; the story URL is kept, not downloaded", () => {
    const url =
      "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=17981234567890123&signature=StoryMention1";
    expect(parse("story-mention")).toEqual([
      message(
        "2",
        { kind: "system", systemType: "story_mention", body: "Mentioned you in their story" },
        { context: { story: { kind: "mention", url } } },
      ),
    ]);
  });

  it("a story reply is the text with the story it answers", () => {
    expect(parse("story-reply")).toEqual([
      message(
        "3",
        { kind: "text", text: "好美！哪裡買的？" },
        {
          context: {
            story: {
              kind: "reply",
              id: "17990000000000001",
              url: "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=17990000000000001&signature=StoryReply1",
            },
          },
        },
      ),
    ]);
  });

  it("a shared post is an image, a shared reel a video with its title", () => {
    expect(parse("message-share")).toEqual([
      message("4", expect.objectContaining({ kind: "media", mediaType: "image" })),
    ]);
    expect(parse("message-reel")).toEqual([
      message(
        "5",
        expect.objectContaining({ kind: "media", mediaType: "video", caption: "Spring looks #salon" }),
      ),
    ]);
  });

  it("a quick reply tap, and a message Instagram could not pass on", () => {
    expect(parse("message-quick-reply")).toEqual([
      message("6", { kind: "choice_reply", via: "button", optionId: "size_m", title: "M 號" }),
    ]);
    expect(parse("message-unsupported")).toEqual([
      message("7", { kind: "unsupported", rawType: "unsupported", errors: [] }),
    ]);
  });
});

describe("parseInstagramWebhook: other messaging events", () => {
  it("an ice breaker is a postback", () => {
    expect(parse("postback-ice-breaker")).toEqual([
      {
        type: "postback",
        ...base,
        providerEventId: mid("8"),
        sender: { externalId: IGSID },
        timestamp: TS,
        payload: "module:hours",
        title: "營業時間？",
        raw: expect.any(Object),
      },
    ]);
  });

  it("an ig.me ref on an existing thread is a referral", () => {
    expect(parse("referral-igme")).toEqual([
      expect.objectContaining({ type: "referral", referral: { ref: "spring24", sourceType: "IGME_LINK" } }),
    ]);
  });

  it("messaging_seen names the message read", () => {
    expect(parse("seen")).toEqual([
      {
        type: "status",
        ...base,
        providerMessageId: mid("OUT1"),
        status: "read",
        timestamp: TS,
        recipientExternalId: IGSID,
        errors: [],
        raw: expect.any(Object),
      },
    ]);
  });

  it("echoes come on messages with is_echo and are echo events", () => {
    expect(parse("echo")).toEqual([
      {
        type: "echo",
        ...base,
        providerMessageId: mid("OUT1"),
        recipientExternalId: IGSID,
        timestamp: TS,
        content: { kind: "text", text: "有的，M 號還有 3 件。" },
        raw: expect.any(Object),
      },
    ]);
  });

  it("reactions and mentions stay other", () => {
    expect(parse("reaction")).toEqual([
      { type: "other", ...base, field: "reaction", raw: expect.any(Object) },
    ]);
    expect(parse("mention")).toEqual([
      { type: "other", ...base, field: "mentions", raw: expect.any(Object) },
    ]);
  });
});

describe("parseInstagramWebhook: comments", () => {
  it("a comment on a post, with the username as display name and the entry time", () => {
    expect(parse("comment")).toEqual([
      {
        type: "comment",
        ...base,
        commentId: "17865799348089039",
        postId: "18068723547012345",
        sender: { externalId: IGSID, displayName: "mei.lin.tw" },
        text: "怎麼預約？",
        timestamp: 1749416383000,
        fromAccount: false,
        raw: expect.any(Object),
      },
    ]);
  });

  it("a reply names its parent; live comments are comments too", () => {
    expect(parse("comment-reply")).toEqual([
      expect.objectContaining({ parentCommentId: "17865799348089039" }),
    ]);
    expect(parse("live-comment")).toEqual([
      expect.objectContaining({ type: "comment", postId: "18070000000000001", text: "+1" }),
    ]);
  });
});

describe("parseInstagramWebhook and splitInstagramWebhook: robustness", () => {
  it("ignores Messenger envelopes and anything else", () => {
    for (const body of [undefined, null, {}, { object: "page", entry: [] }, { object: "instagram" }]) {
      expect(parseInstagramWebhook(body)).toEqual([]);
      expect(splitInstagramWebhook(body)).toEqual([]);
    }
  });

  it("splits every fixture into bodies that parse to the same events", () => {
    for (const name of instagramFixtureNames) {
      const whole = parse(name);
      const split = splitInstagramWebhook(loadInstagramFixture(name));
      expect(
        split.every((item) => item.accountExternalId === IG),
        name,
      ).toBe(true);
      expect(
        split.flatMap((item) => parseInstagramWebhook(item.body)),
        name,
      ).toEqual(whole);
    }
  });

  it("keys messages by mid and comments by id", () => {
    const keyOf = (name: InstagramFixtureName) =>
      splitInstagramWebhook(loadInstagramFixture(name)).map((i) => i.dedupeKey);
    expect(keyOf("message-text")).toEqual([`message:${mid("0")}`]);
    expect(keyOf("echo")).toEqual([`echo:${mid("OUT1")}`]);
    expect(keyOf("seen")).toEqual([`read:${IG}:${IGSID}:${mid("OUT1")}`]);
    expect(keyOf("comment")).toEqual(["comment:17865799348089039"]);
    expect(keyOf("mention")).toEqual([undefined]);
  });
});
