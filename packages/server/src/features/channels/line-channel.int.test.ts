import { afterEach, describe, expect, it } from "vitest";
import { connectLineChannel } from "../../testing/test-channels.js";
import { counterBot } from "../../testing/test-bots.js";
import type { ConnectedChannel } from "../../testing/test-channels.js";
import { testDialects } from "../../testing/test-databases.js";
import { startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { importBot, sentToCustomer } from "./channel-test-support.js";
import { messagesOf, processedAll } from "../../testing/conversation-probes.js";

/** The bot's messages to `userId` in the simulator's chat, once `count` of them are there. */

describe.each(testDialects)("LINE end to end (%s)", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function start(): Promise<{ t: TestSwitchboard; line: ConnectedChannel }> {
    t = await startTestSwitchboard(dialect);
    const line = await connectLineChannel(t);
    await line.publish(await importBot(t, counterBot));
    return { t, line };
  }

  it("answers a friend's message with the bot's choices, continues on a tap, and stores a redelivery once", async () => {
    const { t, line } = await start();
    const userId = "U1111111111111111111111111111aaaa";
    await line.personActs(userId, { type: "follow" });
    const sent = await line.personActs(userId, { type: "text", text: "hi" });
    const [choices] = await sentToCustomer(line, userId, 1, "the bot's choices");
    expect(choices?.status).not.toBe("failed");
    const shown = JSON.stringify(choices?.payload);
    expect(shown).toContain("Book a visit");
    expect(shown).toContain("Talk to us");
    const data = JSON.stringify({ choice: "book", title: "Book a visit" });
    expect(shown).toContain(JSON.stringify(data).slice(1, -1));
    await line.personActs(userId, { type: "postback", data, displayText: "Book a visit" });
    const answered = await sentToCustomer(line, userId, 2, "the answer to the tap");
    expect(JSON.stringify(answered[1]?.payload)).toContain("Which day suits you?");
    await processedAll(t);

    // LINE sends the same event again (same webhookEventId, isRedelivery): stored once.
    const first = (await line.chat(userId)).find(
      (item) => item.direction === "in" && item.payload.webhookEventId === sent.webhookEventId,
    );
    expect(first).toBeDefined();
    const again = {
      ...first?.payload,
      deliveryContext: { isRedelivery: true },
    };
    const redelivered = await line.postWebhook({ destination: line.externalId, events: [again] });
    expect(redelivered).toEqual({ status: 200, json: { ok: true, received: 1, stored: 0 } });
    await processedAll(t);
    const inbound = (await messagesOf(t, userId)).filter((m) => m.direction === "inbound");
    expect(inbound.map((m) => m.content.kind)).toEqual(["text", "choice_reply"]);
  });

  it("records an unfollow as an opt-out of everything and a follow as its end", async () => {
    const { t, line } = await start();
    const userId = "U2222222222222222222222222222bbbb";
    await line.personActs(userId, { type: "follow" });
    await line.personActs(userId, { type: "text", text: "hi" });
    await sentToCustomer(line, userId, 1, "the bot's choices");
    await line.personActs(userId, { type: "unfollow" });
    await processedAll(t);
    const optOuts = () =>
      t.switchboard.database.db
        .selectFrom("contact_opt_outs")
        .innerJoin("contacts", "contacts.id", "contact_opt_outs.contact_id")
        .select(["contact_opt_outs.topic", "contact_opt_outs.source"])
        .where("contacts.external_id", "=", userId)
        .execute();
    expect(await optOuts()).toEqual([{ topic: "all", source: "line_unfollow" }]);
    await line.personActs(userId, { type: "follow" });
    await processedAll(t);
    expect(await optOuts()).toEqual([]);
  });

  it("answers LINE's webhook check, and refuses a bad signature with 401 storing nothing", async () => {
    const { t, line } = await start();
    const check = await line.postWebhook({ destination: line.externalId, events: [] });
    expect(check).toEqual({ status: 200, json: { ok: true, received: 0, stored: 0 } });
    const event = {
      type: "message",
      mode: "active",
      timestamp: Date.now(),
      source: { type: "user", userId: "U3333333333333333333333333333cccc" },
      webhookEventId: "01HZZZZZZZZZZZZZZZZZZZZZZZ",
      deliveryContext: { isRedelivery: false },
      replyToken: "forged-reply-token",
      message: { id: "500000000000001", type: "text", quoteToken: "q", text: "hi" },
    };
    const forged = await line.postWebhook(
      { destination: line.externalId, events: [event] },
      "bm90IGEgc2lnbmF0dXJl",
    );
    expect(forged.status).toBe(401);
    expect(JSON.stringify(forged.json)).toContain("X-Line-Signature");
    const stored = await t.switchboard.database.db.selectFrom("webhook_events").select("id").execute();
    expect(stored).toEqual([]);
    const handshake = await fetch(`${t.switchboard.url}/webhooks/line?hub.mode=subscribe&hub.challenge=1`);
    expect(handshake.status).toBe(403);
  });
});
