import { afterEach, describe, expect, it } from "vitest";
import { processedAll } from "../../testing/conversation-probes.js";
import { sendsText, testBot, welcomeChoice } from "../../testing/test-bots.js";
import { connectInstagramAccount, connectMessengerPage } from "../../testing/test-channels.js";
import type { ConnectedChannel } from "../../testing/test-channels.js";
import { testDialects } from "../../testing/test-databases.js";
import { startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { importBot, sentToCustomer } from "../channels/channel-test-support.js";
import {
  commentsOn,
  handledComment,
  newPost,
  personComments,
  tagsOf,
} from "./comment-replies.test-support.js";

const salonBot = testBot(
  "Salon",
  welcomeChoice("Hello! What would you like to do?", [
    { id: "prices", title: "See prices", goTo: "prices" },
    { id: "human", title: "Talk to us", goTo: "human" },
  ]),
  sendsText("prices", "Prices", "A cut is 800 NTD."),
  // Nothing in the flow reaches it: only the comment rule opens it, and publishing counts that.
  sendsText("price_list", "Price list", "Cut 800, colour 2400 NTD."),
);

const ana = { id: "7200000000000001", name: "Ana Lima" };

describe.each(testDialects)("comment replies (%s)", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function addRule(account: ConnectedChannel, rule: Record<string, unknown>): Promise<string> {
    if (t === undefined) throw new Error("not started");
    const created = await t.api(
      "POST",
      `/api/v1/channel-accounts/${account.channelAccountId}/comment-rules`,
      rule,
    );
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    return (created.json as { rule: { id: string } }).rule.id;
  }

  it("answers a Facebook comment publicly and privately once, tags the commenter and opens the module on the answer", async () => {
    t = await startTestSwitchboard(dialect);
    const page = await connectMessengerPage(t);
    const post = await newPost(t, page, "Autumn colours are here");
    const other = await newPost(t, page, "We are hiring");
    const ruleId = await addRule(page, {
      name: "Price question",
      postId: post,
      keywords: [{ match: "contains", value: "price" }],
      publicReply: "We sent you the prices in Messenger!",
      privateReply: { kind: "text", text: "Here is our price list. Reply to see it." },
      moduleId: "price_list",
      tags: ["comment_lead", "asked_price"],
    });
    await page.publish(await importBot(t, salonBot));

    const commentId = await personComments(t, page, ana, post, "What's the PRICE?");
    const handled = await handledComment(t, page, commentId);
    expect(handled.ruleId).toBe(ruleId);
    expect(handled.publicReply.status).toBe("sent");
    // Facebook's comment names the person by another id than the PSID; the private reply's answer links them.
    expect(handled.commenterId).not.toBe(ana.id);
    expect(handled.privateReply).toMatchObject({ status: "sent", recipientId: ana.id });
    expect(handled.module).toEqual({ id: "price_list", status: "waiting" });
    const replies = (await commentsOn(t, page, post)).filter((c) => c.userId === undefined);
    expect(replies).toEqual([
      expect.objectContaining({
        id: handled.publicReply.id,
        parentId: commentId,
        text: "We sent you the prices in Messenger!",
      }),
    ]);
    const [privateReply] = await sentToCustomer(page, ana.id, 1, "the private reply");
    expect(privateReply?.payload.recipient).toEqual({ comment_id: commentId });
    expect(privateReply?.payload.message).toMatchObject({ text: "Here is our price list. Reply to see it." });
    expect(await tagsOf(t, page, ana.id, 2)).toEqual(["asked_price", "comment_lead"]);

    // Redelivered: the intake drops it; even with the stored event gone, the comment is answered once.
    const feed = {
      object: "page",
      entry: [
        {
          id: page.externalId,
          time: Date.now(),
          changes: [
            {
              field: "feed",
              value: {
                item: "comment",
                verb: "add",
                comment_id: commentId,
                post_id: post,
                parent_id: post,
                from: { id: handled.commenterId, name: ana.name },
                message: "What's the PRICE?",
                created_time: Math.floor(Date.now() / 1000),
              },
            },
          ],
        },
      ],
    };
    expect((await page.postWebhook(feed)).json).toMatchObject({ stored: 0 });
    await processedAll(t);
    await t.switchboard.database.db.deleteFrom("webhook_events").execute();
    expect((await page.postWebhook(feed)).json).toMatchObject({ stored: 1 });
    await processedAll(t);
    expect((await commentsOn(t, page, post)).filter((c) => c.userId === undefined)).toHaveLength(1);
    expect(await page.chat(ana.id)).toHaveLength(1);

    // A second private reply is refused here: Meta would answer 10900, this is our own refusal.
    const second = await t.api(
      "POST",
      `/api/v1/channel-accounts/${page.channelAccountId}/handled-comments/${commentId}/private-reply`,
      { message: { kind: "text", text: "One more thing" } },
    );
    expect(second.status).toBe(409);
    expect(second.json).toMatchObject({ error: { code: "private_reply_already_sent" } });
    expect(await page.chat(ana.id)).toHaveLength(1);

    // A comment on another post: the rule stays quiet.
    const elsewhere = await personComments(t, page, ana, other, "price?");
    const quiet = await handledComment(t, page, elsewhere);
    expect(quiet).toMatchObject({
      ruleId: null,
      publicReply: { status: "none" },
      privateReply: { status: "none" },
    });
    expect(await commentsOn(t, page, other)).toHaveLength(1);

    // The customer answers the private reply: the rule's module runs, not the welcome.
    await page.personActs(ana.id, { type: "text", text: "yes please" });
    const sent = await sentToCustomer(page, ana.id, 2, "the module's answer");
    expect(sent[1]?.payload.message).toMatchObject({ text: "Cut 800, colour 2400 NTD." });
    const opened = await handledComment(t, page, commentId, (c) => c.module.status === "opened");
    expect(opened.contactId).not.toBeNull();
    // An agent's private reply to the comment no rule answered goes out once; the second is refused.
    const manualPath = `/api/v1/channel-accounts/${page.channelAccountId}/handled-comments/${elsewhere}/private-reply`;
    const manual = await t.api("POST", manualPath, { message: { kind: "text", text: "Still hiring?" } });
    expect(manual.status, JSON.stringify(manual.json)).toBe(200);
    expect(manual.json).toMatchObject({ comment: { privateReply: { status: "sent", recipientId: ana.id } } });
    expect((await t.api("POST", manualPath, { message: { kind: "text", text: "Again" } })).status).toBe(409);
    expect(await page.chat(ana.id)).toHaveLength(4);
    // Only the customer's comments were recorded, not the page's own reply.
    const all = await t.api("GET", `/api/v1/channel-accounts/${page.channelAccountId}/handled-comments`);
    expect((all.json as { items: unknown[] }).items).toHaveLength(2);
  });

  it("answers an Instagram comment with a reply and a private reply, and refuses rules that break a limit", async () => {
    t = await startTestSwitchboard(dialect);
    const ig = await connectInstagramAccount(t);
    const media = await newPost(t, ig, "");
    const tooLong = await t.api("POST", `/api/v1/channel-accounts/${ig.channelAccountId}/comment-rules`, {
      name: "Too long",
      publicReply: "x".repeat(2201),
    });
    expect(tooLong.status).toBe(422);
    expect(tooLong.json).toMatchObject({ error: { code: "comment_rule_invalid", path: "publicReply" } });
    const noReply = await t.api("POST", `/api/v1/channel-accounts/${ig.channelAccountId}/comment-rules`, {
      name: "Nothing",
      tags: ["x"],
    });
    expect(noReply.status).toBe(422);
    const ruleId = await addRule(ig, {
      name: "Every comment",
      publicReply: "Thanks! Check your DMs",
      privateReply: { kind: "text", text: "Hi from Test Beauty" },
      tags: ["ig_comment"],
    });
    const igUser = { id: "7300000000000001", name: "Mei Chen" };
    const commentId = await personComments(t, ig, igUser, media, "love it");
    const handled = await handledComment(t, ig, commentId);
    expect(handled).toMatchObject({
      commenterId: igUser.id,
      publicReply: { status: "sent" },
      privateReply: { status: "sent", recipientId: igUser.id },
    });
    const replies = (await commentsOn(t, ig, media)).filter((c) => c.userId === undefined);
    expect(replies).toEqual([
      expect.objectContaining({ parentId: commentId, text: "Thanks! Check your DMs" }),
    ]);
    const [privateReply] = await sentToCustomer(ig, igUser.id, 1, "the private reply");
    expect(privateReply?.payload.recipient).toEqual({ comment_id: commentId });
    expect(await tagsOf(t, ig, igUser.id, 1)).toEqual(["ig_comment"]);
    // Switched off: the next comment is recorded and left alone.
    const off = await t.api("PATCH", `/api/v1/comment-rules/${ruleId}`, { enabled: false });
    expect(off.json).toMatchObject({ rule: { enabled: false, publicReply: "Thanks! Check your DMs" } });
    const later = await personComments(t, ig, igUser, media, "second one");
    expect(await handledComment(t, ig, later)).toMatchObject({
      ruleId: null,
      publicReply: { status: "none" },
    });
    await processedAll(t);
    const all = await t.api("GET", `/api/v1/channel-accounts/${ig.channelAccountId}/handled-comments`);
    expect((all.json as { items: unknown[] }).items).toHaveLength(2);
    expect((await commentsOn(t, ig, media)).filter((c) => c.userId === undefined)).toHaveLength(1);
  });
});
