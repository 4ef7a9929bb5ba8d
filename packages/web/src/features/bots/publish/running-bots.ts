/** Which bot, and which version of it, each channel account runs. */
import type { BotSummary } from "../../../api/bots-api";

/** What an account runs: a bot's name and version. */
export interface RunningBot {
  botId: string;
  botName: string;
  versionNumber: number;
}

/** Pure: channel account id → the bot (and version) it runs, from the bots list. */
export function runningBots(bots: readonly BotSummary[]): Map<string, RunningBot> {
  const running = new Map<string, RunningBot>();
  for (const bot of bots)
    for (const deployment of bot.deployments)
      running.set(deployment.channelAccountId, {
        botId: bot.id,
        botName: bot.name,
        versionNumber: deployment.versionNumber,
      });
  return running;
}
