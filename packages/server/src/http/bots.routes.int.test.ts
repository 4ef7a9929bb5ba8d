import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestSwitchboard } from "../testing/test-switchboard.js";
import type { TestSwitchboard } from "../testing/test-switchboard.js";
import { testDialects } from "../testing/test-databases.js";

interface BotJson {
  id: string;
  name: string;
  moduleCount: number;
  latestVersion: { number: number } | null;
  deployments: { channelAccountId: string; versionNumber: number }[];
  draft: { name: string; modules: { id: string; kind: string; nodes: unknown[] }[] };
}
interface ErrorJson {
  error: {
    code: string;
    message: string;
    issues?: { path: string; message: string }[];
    problems?: { moduleId: string; nodeIndex?: number; path: string; message: string }[];
  };
}

const twoModules = {
  name: "Booking",
  modules: [
    {
      id: "welcome",
      name: "Welcome",
      kind: "welcome",
      nodes: [
        {
          kind: "choice",
          body: "What would you like?",
          sections: [{ options: [{ id: "book", title: "Book a trial", goTo: "booking" }] }],
        },
      ],
    },
    { id: "booking", name: "Booking", nodes: [{ kind: "send", message: { kind: "text", text: "Booked!" } }] },
    { id: "human", name: "Human", kind: "human_agent", nodes: [{ kind: "handover" }] },
  ],
};

describe.each(testDialects)("bots API on %s", (dialect) => {
  let t: TestSwitchboard;
  beforeAll(async () => {
    t = await startTestSwitchboard(dialect);
  });
  afterAll(async () => t.close());

  it("creates a bot with a welcome and a human agent module, and lists it", async () => {
    const created = await t.api("POST", "/api/v1/bots", { name: "Front desk" });
    expect(created.status).toBe(201);
    const bot = (created.json as { bot: BotJson }).bot;
    expect(bot.draft.modules.map((m) => m.kind)).toEqual(["welcome", "human_agent"]);
    expect(bot.latestVersion).toBeNull();
    const list = await t.api("GET", "/api/v1/bots");
    expect((list.json as { items: BotJson[] }).items.map((b) => b.id)).toContain(bot.id);
  });

  it("refuses a draft that breaks the schema with the field's path and keeps the stored draft", async () => {
    const bot = ((await t.api("POST", "/api/v1/bots", { name: "Strict" })).json as { bot: BotJson }).bot;
    const broken = structuredClone(twoModules);
    broken.modules[1]!.nodes = [{ kind: "send", message: { kind: "text" } }] as never;
    const saved = await t.api("PATCH", `/api/v1/bots/${bot.id}`, { draft: broken });
    expect(saved.status).toBe(400);
    const issues = (saved.json as ErrorJson).error.issues ?? [];
    expect(issues.some((i) => i.path.startsWith("body.draft.modules.1.nodes.0.message"))).toBe(true);
    const again = ((await t.api("GET", `/api/v1/bots/${bot.id}`)).json as { bot: BotJson }).bot;
    expect(again.draft.modules.map((m) => m.id)).toEqual(["welcome", "human_agent"]);
  });

  it("lists every publishing problem with its module and node, and publishes nothing", async () => {
    const draft = structuredClone(twoModules);
    draft.modules[0]!.nodes[0] = {
      kind: "choice",
      body: "x".repeat(1025),
      sections: [{ options: [{ id: "book", title: "Book a trial", goTo: "nowhere" }] }],
    };
    const bot = ((await t.api("POST", "/api/v1/bots/import", draft)).json as { bot: BotJson }).bot;
    const checked = await t.api("POST", `/api/v1/bots/${bot.id}/validate`, {
      channelAccountIds: [t.channelAccountId],
    });
    const problems = (checked.json as { problems: { moduleId: string; path: string; message: string }[] })
      .problems;
    expect(problems).toContainEqual(
      expect.objectContaining({
        moduleId: "welcome",
        path: "modules[0].nodes[0].sections[0].options[0].goTo",
      }),
    );
    expect(
      problems.some((p) => p.path === "modules[0].nodes[0].body" && p.message.startsWith("whatsapp:")),
    ).toBe(true);
    expect(problems.some((p) => p.moduleId === "booking" && p.message.includes("never reached"))).toBe(true);

    const published = await t.api("POST", `/api/v1/bots/${bot.id}/publish`, {
      channelAccountIds: [t.channelAccountId],
    });
    expect(published.status).toBe(422);
    expect((published.json as ErrorJson).error.code).toBe("bot_invalid");
    expect((published.json as ErrorJson).error.problems).toHaveLength(problems.length);
    const after = ((await t.api("GET", `/api/v1/bots/${bot.id}`)).json as { bot: BotJson }).bot;
    expect(after.latestVersion).toBeNull();
  });

  it("publishes versions, keeps one bot per channel account, and refuses to delete a running bot", async () => {
    const first = ((await t.api("POST", "/api/v1/bots/import", twoModules)).json as { bot: BotJson }).bot;
    const second = ((await t.api("POST", "/api/v1/bots/import", twoModules)).json as { bot: BotJson }).bot;
    const body = { channelAccountIds: [t.channelAccountId] };
    const v1 = await t.api("POST", `/api/v1/bots/${first.id}/publish`, body);
    expect(v1.status).toBe(200);
    expect((v1.json as { version: { number: number } }).version.number).toBe(1);
    const v2 = await t.api("POST", `/api/v1/bots/${first.id}/publish`, body);
    expect((v2.json as { version: { number: number } }).version.number).toBe(2);

    const refused = await t.api("DELETE", `/api/v1/bots/${first.id}`);
    expect(refused.status).toBe(409);
    expect((refused.json as ErrorJson).error.code).toBe("bot_published");

    await t.api("POST", `/api/v1/bots/${second.id}/publish`, body);
    const list = ((await t.api("GET", "/api/v1/bots")).json as { items: BotJson[] }).items;
    const running = list.filter((b) => b.deployments.some((d) => d.channelAccountId === t.channelAccountId));
    expect(running.map((b) => b.id)).toEqual([second.id]);
    expect((await t.api("DELETE", `/api/v1/bots/${first.id}`)).status).toBe(200);
    expect((await t.api("GET", `/api/v1/bots/${first.id}`)).status).toBe(404);
  });

  it("exports a draft that imports back to the same bot", async () => {
    const bot = ((await t.api("POST", "/api/v1/bots/import", twoModules)).json as { bot: BotJson }).bot;
    const exported = await t.api("GET", `/api/v1/bots/${bot.id}/export`);
    const again = ((await t.api("POST", "/api/v1/bots/import", exported.json)).json as { bot: BotJson }).bot;
    expect(again.draft).toEqual(bot.draft);
    expect(again.id).not.toBe(bot.id);
  });

  it("checks a message against each channel's limits", async () => {
    const ok = await t.api("POST", "/api/v1/messages/check", {
      message: { kind: "text", text: "Hello" },
      channels: ["whatsapp"],
    });
    const okResult = (ok.json as { results: { ok: boolean; payload?: unknown }[] }).results[0];
    expect(okResult?.ok).toBe(true);
    expect(okResult?.payload).toMatchObject({ type: "text" });
    const tooLong = await t.api("POST", "/api/v1/messages/check", {
      message: {
        kind: "choices",
        body: "Pick",
        style: "buttons",
        sections: [{ options: [{ id: "a", title: "x".repeat(21) }] }],
      },
      channels: ["whatsapp", "line"],
    });
    const results = (
      tooLong.json as { results: { channel: string; ok: boolean; violations: { path: string }[] }[] }
    ).results;
    expect(results[0]?.violations.map((v) => v.path)).toContain("sections[0].options[0].title");
    expect(results[1]).toMatchObject({ channel: "line", ok: false });
    const malformed = await t.api("POST", "/api/v1/messages/check", {
      message: { kind: "text" },
      channels: ["whatsapp"],
    });
    const bad = (malformed.json as { results: { ok: boolean; violations: { path: string }[] }[] }).results[0];
    expect(bad?.ok).toBe(false);
    expect(bad?.violations[0]?.path).toBe("text");
  });
});
