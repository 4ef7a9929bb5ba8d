/** Seeding the demo on a WhatsApp number, a Messenger page and a LINE channel, through the public API. */
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { connectLineChannel, connectMessengerPage } from "../../testing/test-channels.js";
import { startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";
import { seedDemo } from "./seed-demo.js";

const Bots = z.object({
  items: z.array(
    z.object({ name: z.string(), deployments: z.array(z.object({ channelAccountId: z.string() })) }),
  ),
});
const Named = z.object({ items: z.array(z.object({ name: z.string() })) });

describe.each(testDialects)("seedDemo on %s", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("publishes the demo bot on each account, once, with its keyword rules each and the template on WhatsApp", async () => {
    t = await startTestSwitchboard(dialect);
    const page = await connectMessengerPage(t);
    const line = await connectLineChannel(t);
    const ids = [t.channelAccountId, page.channelAccountId, line.channelAccountId];
    await seedDemo(t.switchboard.url, t.switchboard.adminToken, ids);
    await seedDemo(t.switchboard.url, t.switchboard.adminToken, ids);

    const bots = Bots.parse((await t.api("GET", "/api/v1/bots")).json).items;
    const runningOn = (id: string) =>
      bots.filter((b) => b.deployments.some((d) => d.channelAccountId === id)).map((b) => b.name);
    expect(ids.map(runningOn)).toEqual([
      ["Make-up trial booking"],
      ["Make-up trial booking (Messenger)"],
      ["Make-up trial booking (LINE)"],
    ]);
    expect(bots).toHaveLength(3);
    for (const id of ids) {
      const rules = Named.parse((await t.api("GET", `/api/v1/channel-accounts/${id}/keyword-rules`)).json);
      expect(rules.items.map((r) => r.name).sort()).toEqual(["Booking menu", "Talk to a person"]);
    }
    const templates = Named.parse(
      (await t.api("GET", `/api/v1/channel-accounts/${t.channelAccountId}/templates`)).json,
    );
    expect(templates.items.map((x) => x.name)).toEqual(["trial_reminder"]);
  });

  it("leaves an account that already runs a bot alone", async () => {
    t = await startTestSwitchboard(dialect);
    const page = await connectMessengerPage(t);
    const imported = await t.api("POST", "/api/v1/bots/import", {
      name: "Shop hours",
      modules: [
        {
          id: "welcome",
          name: "Welcome",
          kind: "welcome",
          nodes: [{ kind: "send", message: { kind: "text", text: "We open at 11:00." } }],
        },
        {
          id: "human_agent",
          name: "Talk to a person",
          kind: "human_agent",
          nodes: [{ kind: "handover" }],
        },
      ],
    });
    expect(imported.status, JSON.stringify(imported.json)).toBe(201);
    const botId = z.object({ bot: z.object({ id: z.string() }) }).parse(imported.json).bot.id;
    await page.publish(botId);
    await seedDemo(t.switchboard.url, t.switchboard.adminToken, [page.channelAccountId]);

    const bots = Bots.parse((await t.api("GET", "/api/v1/bots")).json).items;
    expect(bots.map((b) => [b.name, b.deployments.length])).toEqual([["Shop hours", 1]]);
  });

  it("names an account that does not exist", async () => {
    t = await startTestSwitchboard(dialect);
    await expect(seedDemo(t.switchboard.url, t.switchboard.adminToken, ["nope"])).rejects.toThrow(
      "channelAccountIds[0]: account nope does not exist",
    );
  });
});
