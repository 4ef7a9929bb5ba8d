import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";
import { demoBotDefinition } from "../demo-bot/demo-bot.js";
import { stockBot, waitBot } from "./bot-runtime.test-support.js";
import {
  conversationOf,
  messagesOf,
  outbound,
  processedAll,
  tapOption,
} from "../../testing/conversation-probes.js";

describe.each(testDialects)("the bot runtime on %s", (dialect) => {
  let t: TestSwitchboard | undefined;
  const stockService = createServer((request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify({ path: request.url, stock: { count: 7 } }));
  });
  beforeAll(async () => {
    await new Promise<void>((resolve) => stockService.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => stockService.close(resolve));
  });
  const stockPort = () => (stockService.address() as AddressInfo).port;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("books a trial with the demo bot: list, list, buttons, confirmation, tag and attributes", async () => {
    t = await startTestSwitchboard(dialect);
    await t.publishBot(demoBotDefinition);
    const waId = "886911000001";
    await t.customerSends(waId, { type: "text", text: "hello there" });
    const [counters] = await outbound(t, waId, 1, "the counter list");
    expect(counters?.content.style).toBe("list");
    const counter = counters?.content.sections?.[0]?.options[1];
    await tapOption(t, waId, counters, { id: counter?.id, title: counter?.title });
    const times = (await outbound(t, waId, 2, "the time list"))[1];
    expect(times?.content.body).toBe("Great, Shin Kong A11. When would you like to come?");
    const time = times?.content.sections?.[0]?.options[2];
    await tapOption(t, waId, times, { id: time?.id, title: time?.title });
    const confirm = (await outbound(t, waId, 3, "the confirm buttons"))[2];
    expect(confirm?.content.style).toBe("buttons");
    await tapOption(t, waId, confirm, { id: "confirm_yes", title: "Confirm" });
    const booked = (await outbound(t, waId, 4, "the confirmation"))[3];
    expect(booked?.content.text).toContain("Shin Kong A11, tomorrow at 19:00");

    const db = t.switchboard.database.db;
    const contact = await db
      .selectFrom("contacts")
      .selectAll()
      .where("external_id", "=", waId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(contact.attributes)).toMatchObject({
      counter: "Shin Kong A11",
      time: "tomorrow at 19:00",
    });
    const tags = await db
      .selectFrom("contact_tags")
      .select("tag")
      .where("contact_id", "=", contact.id)
      .execute();
    expect(tags.map((r) => r.tag)).toEqual(["trial_booked"]);
    const reminder = await db
      .selectFrom("jobs")
      .selectAll()
      .where("name", "=", "bot-timer")
      .executeTakeFirst();
    expect(reminder?.run_at).toBeGreaterThan(Date.now() + 60 * 60 * 1000);
  });

  it("answers a typed option number, and a tap on an older choice goes back to it", async () => {
    t = await startTestSwitchboard(dialect);
    await t.publishBot(demoBotDefinition);
    const waId = "886911000002";
    await t.customerSends(waId, { type: "text", text: "hi" });
    const [counters] = await outbound(t, waId, 1, "the counter list");
    await t.customerSends(waId, { type: "text", text: "１" });
    const times = (await outbound(t, waId, 2, "the time list"))[1];
    expect(times?.content.body).toContain("Taipei 101");
    const older = counters?.content.sections?.[1]?.options[0];
    await tapOption(t, waId, counters, { id: older?.id, title: older?.title });
    const again = (await outbound(t, waId, 3, "the time list again"))[2];
    expect(again?.content.body).toContain("IFC Mall");
  });

  it("moves the conversation to pending when the customer asks for a person, sends the offline reply once, then stays quiet", async () => {
    t = await startTestSwitchboard(dialect);
    await t.publishBot(demoBotDefinition);
    // The counter is closed all week: the customer who asks for a person gets the offline message once.
    const store = await t.api("POST", "/api/v1/stores", {
      name: "Taipei 101",
      timeZone: "Asia/Taipei",
      hours: {},
      offlineReply: "Our advisors are away now; we'll answer when the counter opens.",
      channelAccounts: [{ channelAccountId: t.channelAccountId, isDefault: true }],
    });
    expect(store.status).toBe(201);
    const waId = "886911000010";
    const statusOf = async () => {
      const id = await conversationOf(t!, waId);
      const got = await t!.api("GET", `/api/v1/conversations/${id}`);
      return (got.json as { conversation: { status: string } }).conversation.status;
    };
    await t.customerSends(waId, { type: "text", text: "hi" });
    const [counters] = await outbound(t, waId, 1, "the counter list");
    expect(await statusOf()).toBe("bot");
    const counter = counters?.content.sections?.[0]?.options[0];
    await tapOption(t, waId, counters, { id: counter?.id, title: counter?.title });
    const times = (await outbound(t, waId, 2, "the time list"))[1];
    const time = times?.content.sections?.[0]?.options[0];
    await tapOption(t, waId, times, { id: time?.id, title: time?.title });
    const confirm = (await outbound(t, waId, 3, "the confirm buttons"))[2];
    await tapOption(t, waId, confirm, { id: "confirm_person", title: "Ask a person" });
    const [, , , handover, offline] = await outbound(t, waId, 5, "the hand-over and offline messages");
    expect(handover?.content.text).toContain("beauty advisor");
    expect(offline?.content.text).toBe("Our advisors are away now; we'll answer when the counter opens.");
    expect(await statusOf()).toBe("pending");
    // Waiting for a person: the bot does not answer what the customer adds.
    await t.customerSends(waId, { type: "text", text: "are you there?" });
    await eventually(async () => {
      const inbound = (await messagesOf(t!, waId)).filter((m) => m.direction === "inbound");
      return inbound.length === 5 ? true : undefined;
    }, "the last message stored");
    await processedAll(t);
    expect((await messagesOf(t, waId)).filter((m) => m.direction === "outbound")).toHaveLength(5);
    expect(await statusOf()).toBe("pending");
  });

  it("keeps a wait node's timer across a restart and then continues", async () => {
    t = await startTestSwitchboard(dialect);
    await t.publishBot(waitBot);
    const waId = "886911000003";
    await t.customerSends(waId, { type: "text", text: "hi" });
    await outbound(t, waId, 1, "the first message");
    await t.restart();
    const all = await eventually(
      async () => {
        const found = (await messagesOf(t!, waId)).filter((m) => m.direction === "outbound");
        return found.length >= 2 ? found : undefined;
      },
      "the message after the wait",
      15_000,
    );
    expect(all.map((m) => m.content.text)).toEqual([
      "Let me check for you.",
      "Still there? Here is our offer.",
    ]);
  });

  it("calls an HTTP service from a bot node and maps its answer, when private networks are allowed", async () => {
    t = await startTestSwitchboard(dialect, {}, { BOT_HTTP_ALLOW_PRIVATE_NETWORKS: "true" });
    await t.publishBot(stockBot(stockPort()));
    const waId = "886911000007";
    await t.customerSends(waId, { type: "text", text: "do you have it?" });
    const [answer] = await outbound(t, waId, 1, "the stock answer");
    expect(answer?.content.text).toBe("We have 7 left.");
  });

  it("refuses a bot's call to a loopback address by default and goes to the error module", async () => {
    t = await startTestSwitchboard(dialect);
    await t.publishBot(stockBot(stockPort()));
    const waId = "886911000008";
    await t.customerSends(waId, { type: "text", text: "do you have it?" });
    const [answer] = await outbound(t, waId, 1, "the error module's answer");
    expect(answer?.content.text).toBe("Sorry, I cannot check the stock now.");
  });
});
