import { afterEach, describe, expect, it } from "vitest";
import { type ChannelRig, startChannelRig, TEST_INSTAGRAM, TEST_PAGE } from "../testing/channel-rigs.js";
import type { ReceivedWebhook } from "../testing/webhook-receiver.js";

type Change = { field: string; value: Record<string, unknown> };
type Envelope = {
  object: string;
  entry: { id: string; changes?: Change[]; messaging?: Record<string, unknown>[] }[];
};

const PAGE = TEST_PAGE.id;
const IG = TEST_INSTAGRAM.id;
const DAY = 24 * 60 * 60 * 1000;

function changes(received: ReceivedWebhook[], field: string): Change["value"][] {
  return received
    .map((webhook) => webhook.body as Envelope)
    .filter((body) => Array.isArray(body.entry))
    .flatMap((body) => body.entry.flatMap((entry) => entry.changes ?? []))
    .filter((change) => change.field === field)
    .map((change) => change.value);
}

function instagramEvents(received: ReceivedWebhook[]): Record<string, unknown>[] {
  return received
    .map((webhook) => webhook.body as Envelope)
    .filter((body) => body.object === "instagram")
    .flatMap((body) => body.entry.flatMap((entry) => entry.messaging ?? []));
}

describe("comments and private replies", () => {
  let rig: ChannelRig;
  let clock: number;
  afterEach(async () => rig.close());

  async function start(): Promise<void> {
    clock = Date.now();
    rig = await startChannelRig({ now: () => clock, settings: { statusWebhooks: false } });
  }

  async function newPost(accountId: string): Promise<string> {
    const { body } = await rig.call("POST", `/_sim/api/meta/accounts/${accountId}/posts`, {
      message: "New arrivals",
    });
    return (body as { post: { id: string } }).post.id;
  }

  async function comment(accountId: string, userId: string, postId: string, text: string): Promise<string> {
    const { body } = await rig.call("POST", `/_sim/api/meta/accounts/${accountId}/users/${userId}/comment`, {
      postId,
      text,
    });
    return (body as { commentId: string }).commentId;
  }

  function privateReply(
    commentId: string,
    token: string = TEST_PAGE.accessToken,
    path = `/v25.0/${PAGE}/messages`,
  ) {
    return rig.call(
      "POST",
      path,
      { recipient: { comment_id: commentId }, message: { text: "Sent you the price list" } },
      token,
    );
  }

  it("sends the feed webhook, allows exactly one private reply within 7 days and answers with the PSID", async () => {
    await start();
    const psid = await rig.addPerson(PAGE, "Ana Lima");
    const postId = await newPost(PAGE);
    expect(postId).toMatch(new RegExp(`^${PAGE}_\\d+$`));
    const commentId = await comment(PAGE, psid, postId, "How much?");
    const [feed] = changes(rig.receiver.received, "feed");
    expect(feed).toMatchObject({
      item: "comment",
      verb: "add",
      post_id: postId,
      comment_id: commentId,
      parent_id: postId,
      message: "How much?",
      from: { name: "Ana Lima" },
      post: { id: postId, is_published: true },
    });
    // Facebook shows another id than the PSID in the feed; the private reply's answer links the two.
    expect((feed?.from as { id: string }).id).not.toBe(psid);
    const first = await privateReply(commentId);
    expect(first.body).toEqual({ recipient_id: psid, message_id: expect.stringMatching(/^m_/) });
    const second = await privateReply(commentId);
    expect(second.body).toMatchObject({
      error: { code: 10900, message: "(#10900) Activity already replied to" },
    });
    const chat = await rig.call("GET", `/_sim/api/meta/chats/${PAGE}/${psid}`);
    expect((chat.body as { items: unknown[] }).items).toHaveLength(1);
    // A private reply does not open the window: only the person's answer does.
    const followUp = await rig.call(
      "POST",
      "/v25.0/me/messages",
      { recipient: { id: psid }, messaging_type: "RESPONSE", message: { text: "?" } },
      TEST_PAGE.accessToken,
    );
    expect(followUp.body).toMatchObject({ error: { code: 10, error_subcode: 2018278 } });

    const old = await comment(PAGE, psid, postId, "Anyone?");
    clock += 7 * DAY + 1000;
    expect((await privateReply(old)).body).toMatchObject({ error: { code: 10 } });
  });

  it("posts the page's public reply as a comment (its own webhook arrives too) that cannot get a private reply", async () => {
    await start();
    const psid = await rig.addPerson(PAGE, "Ana Lima");
    const postId = await newPost(PAGE);
    const commentId = await comment(PAGE, psid, postId, "Nice");
    const reply = await rig.call(
      "POST",
      `/v25.0/${commentId}/comments`,
      { message: "Thank you!" },
      TEST_PAGE.accessToken,
    );
    const replyId = (reply.body as { id: string }).id;
    expect(replyId).toMatch(/^\d+_\d+$/);
    const own = changes(await rig.receiver.waitFor((all) => changes(all, "feed").length === 2), "feed")[1];
    expect(own).toMatchObject({
      from: { id: PAGE, name: TEST_PAGE.name },
      parent_id: commentId,
      comment_id: replyId,
      message: "Thank you!",
    });
    expect((await privateReply(replyId)).body).toMatchObject({ error: { code: 10903 } });
    const empty = await rig.call(
      "POST",
      `/v25.0/${commentId}/comments`,
      { message: "" },
      TEST_PAGE.accessToken,
    );
    expect(empty.body).toMatchObject({ error: { code: 100 } });
  });

  it("speaks Instagram: comments webhook, replies, private reply, story mentions, narrower messages", async () => {
    await start();
    const igsid = await rig.addPerson(IG, "Bo Chen");
    const mediaId = await newPost(IG);
    const commentId = await comment(IG, igsid, mediaId, "Price?");
    expect(changes(rig.receiver.received, "comments")[0]).toEqual({
      from: { id: igsid, username: "bo.chen" },
      media: { id: mediaId, media_product_type: "FEED" },
      id: commentId,
      text: "Price?",
    });
    const reply = await rig.call(
      "POST",
      `/v25.0/${commentId}/replies`,
      { message: "DM sent" },
      TEST_INSTAGRAM.accessToken,
    );
    expect(reply.status).toBe(200);
    const dm = await privateReply(commentId, TEST_INSTAGRAM.accessToken, "/v25.0/me/messages");
    expect(dm.body).toMatchObject({ recipient_id: igsid, message_id: expect.stringMatching(/^aWdf/) });

    await rig.call("POST", `/_sim/api/meta/accounts/${IG}/users/${igsid}/send`, {
      message: { type: "story_mention" },
    });
    const mention = instagramEvents(rig.receiver.received).at(-1);
    expect(mention).toMatchObject({
      sender: { id: igsid },
      recipient: { id: IG },
      message: {
        attachments: [{ type: "story_mention", payload: { url: expect.stringMatching(/^https:/) } }],
      },
    });
    const send = (message: unknown) =>
      rig.call(
        "POST",
        "/v25.0/me/messages",
        { recipient: { id: igsid }, messaging_type: "RESPONSE", message },
        TEST_INSTAGRAM.accessToken,
      );
    expect((await send({ text: "語".repeat(1000) })).status).toBe(200);
    expect((await send({ text: "語".repeat(1001) })).body).toMatchObject({ error: { code: 100 } });
    const email = await send({ text: "Your email?", quick_replies: [{ content_type: "user_email" }] });
    expect(email.body).toMatchObject({
      error: { code: 100, message: expect.stringContaining("message[quick_replies][0][content_type]") },
    });
    const call = await send({
      attachment: {
        type: "template",
        payload: {
          template_type: "button",
          text: "Call us",
          buttons: [{ type: "phone_number", title: "Call", payload: "+15550100" }],
        },
      },
    });
    expect(call.body).toMatchObject({ error: { code: 100 } });
    clock += DAY + 1000;
    expect((await send({ text: "late" })).body).toMatchObject({
      error: { code: 10, error_subcode: 2534022 },
    });
  });

  it("sends Instagram read receipts as read.mid and echoes on messages, with no delivery receipts", async () => {
    clock = Date.now();
    rig = await startChannelRig({ now: () => clock, settings: { deliveredDelayMs: 10, readDelayMs: 20 } });
    const igsid = await rig.addPerson(IG, "Bo Chen");
    await rig.call("POST", `/_sim/api/meta/accounts/${IG}/users/${igsid}/send`, {
      message: { type: "text", text: "Hi" },
    });
    const sent = await rig.call(
      "POST",
      `/v25.0/${IG}/messages`,
      { recipient: { id: igsid }, messaging_type: "RESPONSE", message: { text: "Hello" } },
      TEST_INSTAGRAM.accessToken,
    );
    const mid = (sent.body as { message_id: string }).message_id;
    const received = await rig.receiver.waitFor((all) => instagramEvents(all).some((e) => "read" in e));
    const all = instagramEvents(received);
    expect(all.find((e) => "read" in e)).toMatchObject({ sender: { id: igsid }, read: { mid } });
    expect(all.some((e) => "delivery" in e)).toBe(false);
    expect(all.map((e) => e.message).filter(Boolean)).toContainEqual(
      expect.objectContaining({ mid, is_echo: true, text: "Hello" }),
    );
  });
});
