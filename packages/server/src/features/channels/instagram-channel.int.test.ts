import { afterEach, describe, expect, it } from "vitest";
import { connectInstagramAccount } from "../../testing/test-channels.js";
import { sendsText, testBot, welcomeChoice } from "../../testing/test-bots.js";
import { testDialects } from "../../testing/test-databases.js";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { importBot, sentToCustomer } from "./channel-test-support.js";
import { messagesOf } from "../../testing/conversation-probes.js";

const askBot = testBot(
  "Ask",
  welcomeChoice("Hi! Pick one:", [
    { id: "shades", title: "Lipstick shades", goTo: "shades" },
    { id: "human", title: "Talk to us", goTo: "human" },
  ]),
  sendsText("shades", "Shades", "Ruby, Coral and Nude."),
);

describe.each(testDialects)("Instagram end to end (%s)", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("answers a customer's direct message with quick replies and continues on a tap", async () => {
    t = await startTestSwitchboard(dialect);
    const h = t;
    const ig = await connectInstagramAccount(h);
    await ig.publish(await importBot(t, askBot));
    const igsid = "8100000000000001";
    await ig.personActs(igsid, { type: "text", text: "hello" });
    const [choices] = await sentToCustomer(ig, igsid, 1, "the bot's quick replies");
    expect(choices?.status).not.toBe("failed");
    expect(choices?.payload.messaging_type).toBe("RESPONSE");
    expect(JSON.stringify(choices?.payload.message)).toContain('"payload":"shades"');
    await ig.personActs(igsid, { type: "quick_reply", title: "Lipstick shades", payload: "shades" });
    const sent = await sentToCustomer(ig, igsid, 2, "the answer to the tap");
    expect(JSON.stringify(sent[1]?.payload.message)).toContain("Ruby, Coral and Nude.");
    const stored = await eventually(async () => {
      const outbound = (await messagesOf(h, igsid)).filter((m) => m.direction === "outbound");
      return outbound.length === 2 && outbound.every((m) => m.providerMessageId !== null)
        ? outbound
        : undefined;
    }, "both replies accepted");
    expect(stored.map((m) => m.status)).not.toContain("failed");
  });
});
