/** The job handlers this process runs when it is a worker: one per job name, checked at start-up. */
import { join } from "node:path";
import type { Config } from "../config.js";
import type { ChannelDriver } from "../features/channels/channel-driver.js";
import { botHttpRequestJob } from "../features/bots/bot-http-request.job.js";
import { botTimerJob } from "../features/bots/bot-timer.job.js";
import { executeBotHttpRequest } from "../features/bots/http-request/execute-bot-http-request.js";
import { processWebhookEventJob } from "../features/inbound/process-webhook-event.job.js";
import { downloadMediaJob } from "../features/media/download-media.job.js";
import { sendMessageJob } from "../features/messages/send-message.job.js";
import type { JobHandlers } from "../jobs/job-queue.js";
import type { Repositories } from "./repositories.js";
import type { Services } from "./services.js";

export function workerJobs(
  config: Config,
  dataDir: string,
  drivers: ReadonlyMap<string, ChannelDriver>,
  repos: Repositories,
  services: Services,
): JobHandlers {
  return {
    "process-webhook-event": processWebhookEventJob(services.inbound),
    "send-message": sendMessageJob(services.sender),
    "bot-timer": botTimerJob(services.botResume),
    // The executor's own transport pins the checked address: no other fetch is passed in.
    "bot-http-request": botHttpRequestJob(services.botResume, (request) =>
      executeBotHttpRequest(request, { allowPrivateNetworks: config.BOT_HTTP_ALLOW_PRIVATE_NETWORKS }),
    ),
    "download-media": downloadMediaJob({
      mediaDir: join(dataDir, "media"),
      accounts: repos.accounts,
      drivers,
      media: repos.media,
    }),
  };
}
