/**
 * Gives the demo accounts of the embedded default their automation through the public API, once: the
 * booking bot published, keyword rules that open its menu again or hand over to a person, and (WhatsApp)
 * the reminder template.
 */
import { z } from "zod";
import { demoBotFor } from "./demo-bot-for-channel.js";
import { demoKeywords, demoPersonKeywords, demoReminderTemplate } from "./demo-bot.js";

const Items = z.object({ items: z.array(z.looseObject({ name: z.string().optional() })) });
const Created = z.object({ bot: z.object({ id: z.string() }) });
const Accounts = z.object({ items: z.array(z.object({ id: z.string(), channel: z.string() })) });
const Bots = z.object({
  items: z.array(z.object({ deployments: z.array(z.object({ channelAccountId: z.string() })) })),
});

type Call = (method: string, path: string, body?: unknown) => Promise<unknown>;

/**
 * Seeds each of `channelAccountIds`: an account that runs no bot yet gets the demo bot in its channel's
 * version (see `demoBotFor`); each gets the keyword rule when it has none, and a WhatsApp account the
 * reminder template when it lacks it. Safe to run at every start.
 */
export async function seedDemo(
  baseUrl: string,
  adminToken: string,
  channelAccountIds: readonly string[],
): Promise<void> {
  const call: Call = async (method, path, body) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${adminToken}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await response.json();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };
  const accounts = Accounts.parse(await call("GET", "/api/v1/channel-accounts")).items;
  const bots = Bots.parse(await call("GET", "/api/v1/bots")).items;
  const running = new Set(bots.flatMap((b) => b.deployments.map((d) => d.channelAccountId)));
  for (const [index, id] of channelAccountIds.entries()) {
    const channel = accounts.find((a) => a.id === id)?.channel;
    if (channel === undefined) throw new Error(`channelAccountIds[${index}]: account ${id} does not exist`);
    if (!running.has(id)) await publishDemoBot(call, id, channel);
    await seedAccount(call, id, channel);
  }
}

async function publishDemoBot(call: Call, channelAccountId: string, channel: string): Promise<void> {
  const { bot } = Created.parse(await call("POST", "/api/v1/bots/import", demoBotFor(channel)));
  await call("POST", `/api/v1/bots/${bot.id}/publish`, { channelAccountIds: [channelAccountId] });
}

async function seedAccount(call: Call, channelAccountId: string, channel: string): Promise<void> {
  const account = `/api/v1/channel-accounts/${channelAccountId}`;
  const rules = Items.parse(await call("GET", `${account}/keyword-rules`));
  if (rules.items.length === 0) {
    await call("POST", `${account}/keyword-rules`, {
      name: "Booking menu",
      keywords: demoKeywords.map((value) => ({ match: "exact", value })),
      reply: { kind: "module", moduleId: "welcome" },
    });
    await call("POST", `${account}/keyword-rules`, {
      name: "Talk to a person",
      keywords: demoPersonKeywords.map((value) => ({ match: "exact", value })),
      reply: { kind: "module", moduleId: "human_agent" },
    });
  }
  if (channel !== "whatsapp") return;
  const templates = Items.parse(await call("GET", `${account}/templates`));
  if (!templates.items.some((t) => t.name === demoReminderTemplate.name))
    await call("POST", `${account}/templates`, demoReminderTemplate);
}
