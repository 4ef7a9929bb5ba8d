/**
 * Gives the demo number of the embedded default its automation through the public API, once: the booking
 * bot published, a keyword rule that opens its menu again, and the reminder template sent for review.
 */
import { z } from "zod";
import { demoBotDefinition, demoKeywords, demoReminderTemplate } from "./demo-bot.js";

const Items = z.object({ items: z.array(z.looseObject({ name: z.string().optional() })) });
const Created = z.object({ bot: z.object({ id: z.string() }) });

export async function seedDemo(baseUrl: string, adminToken: string, channelAccountId: string): Promise<void> {
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
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
  const account = `/api/v1/channel-accounts/${channelAccountId}`;

  const bots = z
    .object({
      items: z.array(z.object({ deployments: z.array(z.object({ channelAccountId: z.string() })) })),
    })
    .parse(await call("GET", "/api/v1/bots"));
  if (!bots.items.some((b) => b.deployments.some((d) => d.channelAccountId === channelAccountId))) {
    const { bot } = Created.parse(await call("POST", "/api/v1/bots/import", demoBotDefinition));
    await call("POST", `/api/v1/bots/${bot.id}/publish`, { channelAccountIds: [channelAccountId] });
  }

  const rules = Items.parse(await call("GET", `${account}/keyword-rules`));
  if (rules.items.length === 0) {
    await call("POST", `${account}/keyword-rules`, {
      name: "Booking menu",
      keywords: demoKeywords.map((value) => ({ match: "exact", value })),
      reply: { kind: "module", moduleId: "welcome" },
    });
  }

  const templates = Items.parse(await call("GET", `${account}/templates`));
  if (!templates.items.some((t) => t.name === demoReminderTemplate.name))
    await call("POST", `${account}/templates`, demoReminderTemplate);
}
