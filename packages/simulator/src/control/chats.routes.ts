/** Control API for conversations and knobs: chat history, read receipts, settings and the webhook delivery log. */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SimulatorRuntime } from "../runtime.js";
import { settingsPatchSchema, simulatorSettingsSchema } from "../settings.js";
import { parseInput } from "./control-error.js";

const chatParams = z.object({ phoneNumberId: z.string().min(1), waId: z.string().min(1) });
const chatQuery = z.object({ after: z.coerce.number().int().min(0).default(0) });

export function registerChatRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  app.get("/_sim/api/chats/:phoneNumberId/:waId", async (request) => {
    const ref = parseInput(chatParams, request.params, "path");
    const { after } = parseInput(chatQuery, request.query, "query");
    return { items: runtime.chats.list(ref, after) };
  });

  /** The customer opens the chat: every sent or delivered business message becomes read (with webhooks). */
  app.post("/_sim/api/chats/:phoneNumberId/:waId/read", async (request) => {
    const ref = parseInput(chatParams, request.params, "path");
    const read = runtime.statuses.markRead(ref.phoneNumberId, ref.waId, runtime.chats.list(ref));
    return { read };
  });

  app.get("/_sim/api/settings", async () => runtime.settings);

  app.patch("/_sim/api/settings", async (request) => {
    const patch = parseInput(settingsPatchSchema, request.body, "settings");
    runtime.settings = simulatorSettingsSchema.parse({ ...runtime.settings, ...patch });
    runtime.events.emit({ type: "settings.updated" });
    return runtime.settings;
  });

  app.get("/_sim/api/deliveries", async () => ({ items: runtime.deliveries() }));
}
