import { afterEach, describe, expect, it } from "vitest";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";
import { demoBotDefinition } from "../demo-bot/demo-bot.js";

interface ApiConversation {
  id: string;
  status: string;
  contact: { externalId: string };
}

describe.each(testDialects)("inbox settings on %s", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const conversationsOf = async (h: TestSwitchboard, waId: string): Promise<ApiConversation[]> => {
    const list = (await h.api("GET", "/api/v1/conversations")).json as { items: ApiConversation[] };
    return list.items.filter((c) => c.contact.externalId === waId);
  };
  const settingsUrl = (h: TestSwitchboard) => `/api/v1/channel-accounts/${h.channelAccountId}/inbox-settings`;

  it("reads the defaults, refuses a bad value naming the field, and keeps what was stored", async () => {
    t = await startTestSwitchboard(dialect);
    const read = await t.api("GET", settingsUrl(t));
    expect(read.json).toEqual({ inboxSettings: { autoCloseAfterMinutes: null, reopenTo: "bot" } });
    const saved = await t.api("PATCH", settingsUrl(t), { autoCloseAfterMinutes: 30 });
    expect(saved.json).toEqual({ inboxSettings: { autoCloseAfterMinutes: 30, reopenTo: "bot" } });
    const bad = await t.api("PATCH", settingsUrl(t), { autoCloseAfterMinutes: 0, reopenTo: "nobody" });
    expect(bad.status).toBe(400);
    const paths = ((bad.json as { error: { issues: { path: string }[] } }).error.issues ?? []).map(
      (i) => i.path,
    );
    expect(paths).toEqual(expect.arrayContaining(["body.autoCloseAfterMinutes", "body.reopenTo"]));
    expect((await t.api("GET", settingsUrl(t))).json).toEqual(saved.json);
  });

  it("closes a conversation a person left idle past the limit, and only that one", async () => {
    t = await startTestSwitchboard(dialect);
    await t.api("PATCH", settingsUrl(t), { autoCloseAfterMinutes: 30 });
    for (const waId of ["886922000001", "886922000002"])
      await t.customerSends(waId, { type: "text", text: "hello" });
    const [handled] = await eventually(async () => {
      const found = await conversationsOf(t!, "886922000001");
      return found.length === 1 ? found : undefined;
    }, "the first conversation");
    await eventually(
      async () => ((await conversationsOf(t!, "886922000002")).length === 1 ? true : undefined),
      "the second",
    );
    await t.api("PATCH", `/api/v1/conversations/${handled?.id}`, { status: "in_progress" });

    expect(await t.switchboard.idleCloser.closeIdle(Date.now())).toEqual([]);
    const closed = await t.switchboard.idleCloser.closeIdle(Date.now() + 31 * 60_000);
    expect(closed).toEqual([handled?.id]);
    expect((await conversationsOf(t, "886922000001"))[0]?.status).toBe("closed");
    expect((await conversationsOf(t, "886922000002"))[0]?.status).toBe("pending");
  });

  it("sends a returning customer to the queue instead of the bot when the account says so", async () => {
    t = await startTestSwitchboard(dialect);
    await t.publishBot(demoBotDefinition);
    await t.api("PATCH", settingsUrl(t), { reopenTo: "pending" });
    const waId = "886922000003";
    await t.customerSends(waId, { type: "text", text: "hi" });
    const [first] = await eventually(async () => {
      const found = await conversationsOf(t!, waId);
      return found[0]?.status === "bot" ? found : undefined;
    }, "the first conversation with the bot");
    await t.api("PATCH", `/api/v1/conversations/${first?.id}`, { status: "closed" });
    await t.customerSends(waId, { type: "text", text: "I have another question" });
    const again = await eventually(async () => {
      const found = await conversationsOf(t!, waId);
      return found.length === 2 ? found.find((c) => c.id !== first?.id) : undefined;
    }, "the new conversation");
    expect(again.status).toBe("pending");
    const messages = (await t.api("GET", `/api/v1/conversations/${again.id}/messages`)).json as {
      items: { direction: string }[];
    };
    expect(messages.items.map((m) => m.direction)).toEqual(["inbound"]);
  });
});
