/** Job: makes a bot's HTTP request node's call and continues the conversation with the answer. */
import { z } from "zod";
import type { BotHttpRequest } from "@switchboard/engine";
import type { JobHandler } from "../../jobs/job-queue.js";
import type { BotResumeService } from "./bot-resume.service.js";

/** Makes the call; a refused or failed request answers status 0. */
export type BotHttpExecutor = (request: BotHttpRequest) => Promise<{ status: number; body: unknown }>;

const Payload = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  request: z.object({
    method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]),
    url: z.string().min(1),
    headers: z.record(z.string(), z.string()),
    body: z.json().optional(),
    timeoutMs: z.number().int().positive(),
  }),
});

export function botHttpRequestJob(
  resume: BotResumeService,
  execute: BotHttpExecutor,
): JobHandler<"bot-http-request"> {
  return async (payload) => {
    const { conversationId, token, request } = Payload.parse(payload);
    // A retried job whose answer was already applied does not call the other side again.
    if (!(await resume.isWaitingFor(conversationId, token))) return;
    const response = await execute(request);
    await resume.resume(conversationId, { type: "http_response", token, ...response });
  };
}
