/** Job: a bot's wait node came due; the conversation continues after it (a stale token changes nothing). */
import { z } from "zod";
import type { JobHandler } from "../../jobs/job-queue.js";
import type { BotResumeService } from "./bot-resume.service.js";

const Payload = z.object({ conversationId: z.string().min(1), token: z.string().min(1) });

export function botTimerJob(resume: BotResumeService): JobHandler<"bot-timer"> {
  return async (payload) => {
    const { conversationId, token } = Payload.parse(payload);
    await resume.resume(conversationId, { type: "timer", token });
  };
}
