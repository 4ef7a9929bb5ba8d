import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { eventually, startTestSwitchboard, testNumber } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";
import { demoBotDefinition } from "../demo-bot/demo-bot.js";

const redisUrl = process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379";
const prefix = `switchboard-test-${randomBytes(4).toString("hex")}`;

interface ApiMessage {
  direction: string;
  author: string;
  status: string;
  content: {
    kind: string;
    style?: string;
    text?: string;
    sections?: { options: { id: string; title: string }[] }[];
  };
  providerMessageId: string | null;
}

const modes = [
  ...testDialects.map((dialect) => ({ name: dialect, dialect, env: {} })),
  // Queue mode: jobs on BullMQ (Redis), fed after each commit instead of inside it.
  {
    name: "postgres with jobs on Redis",
    dialect: "postgres" as const,
    env: { REDIS_URL: redisUrl, REDIS_PREFIX: prefix },
  },
];

describe.each(modes)("the demo booking conversation on $name", ({ dialect, env }) => {
  let harness: TestSwitchboard | undefined;
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });
  afterAll(async () => {
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  const messagesOf = async (h: TestSwitchboard): Promise<ApiMessage[]> => {
    const list = await h.api("GET", "/api/v1/conversations");
    const items = (list.json as { items: { id: string }[] }).items;
    if (items[0] === undefined) return [];
    const messages = await h.api("GET", `/api/v1/conversations/${items[0].id}/messages`);
    return (messages.json as { items: ApiMessage[] }).items;
  };

  it("walks hi → list → list → buttons → confirmation, and the replies end up read", async () => {
    const h = await startTestSwitchboard(dialect, {}, env);
    harness = h;
    await h.publishBot(demoBotDefinition);
    const waId = "886912345678";
    await h.customerSends(waId, { type: "text", text: "hi" });
    const nthOutbound = (n: number, what: string) =>
      eventually(async () => {
        const found = (await messagesOf(h)).filter((m) => m.direction === "outbound")[n];
        return found?.providerMessageId ? found : undefined;
      }, what);
    const list = await nthOutbound(0, "the counter list");
    expect(list.content.style).toBe("list");
    const counter = list.content.sections?.[0]?.options[1];
    expect(counter?.title).toBe("Shin Kong A11");

    await h.customerSends(waId, {
      type: "list_reply",
      id: counter?.id,
      title: counter?.title,
      contextId: list.providerMessageId,
    });
    const times = await nthOutbound(1, "the time list");
    const time = times.content.sections?.[0]?.options[2];
    await h.customerSends(waId, {
      type: "list_reply",
      id: time?.id,
      title: time?.title,
      contextId: times.providerMessageId,
    });
    const buttons = await nthOutbound(2, "the confirm buttons");
    expect(buttons.content.style).toBe("buttons");
    const confirm = buttons.content.sections?.[0]?.options[0];
    await h.customerSends(waId, {
      type: "button_reply",
      id: confirm?.id,
      title: confirm?.title,
      contextId: buttons.providerMessageId,
    });
    const confirmation = await eventually(async () => {
      const found = (await messagesOf(h)).find(
        (m) => m.content.kind === "text" && m.direction === "outbound",
      );
      return found?.status === "read" ? found : undefined;
    }, "the confirmation, read");
    expect(confirmation.content.text).toContain("Shin Kong A11, tomorrow at 19:00");

    const all = await messagesOf(h);
    expect(all.filter((m) => m.direction === "inbound")).toHaveLength(4);
    expect(all.filter((m) => m.direction === "outbound").map((m) => m.author)).toEqual([
      "bot",
      "bot",
      "bot",
      "bot",
    ]);
    await eventually(
      async () =>
        (await messagesOf(h)).every((m) => m.direction === "inbound" || m.status === "read")
          ? true
          : undefined,
      "every reply read",
    );

    const chat = await fetch(`${h.simulatorUrl}/_sim/api/chats/${testNumber.phoneNumberId}/${waId}`);
    const items = ((await chat.json()) as { items: { direction: string }[] }).items;
    expect(items.filter((i) => i.direction === "out")).toHaveLength(4);
  });
});
