/**
 * Checks a bot's draft for the channel accounts it would run on, and publishes it as a new version.
 * Every problem is named with its module, node and path; nothing is published while one remains.
 */
import { AppError, ChannelError } from "@switchboard/core";
import { validateBot } from "@switchboard/engine";
import type { Bot, BotProblem } from "@switchboard/engine";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { BotRepository } from "./bot.repository.js";
import type { BotDeployment, BotVersionInfo } from "./bot.js";

/** Modules something outside the bot opens on an account (keyword rules, ref links). */
export type EntryModulesLookup = (channelAccountIds: readonly string[]) => Promise<string[]>;

export interface BotPublisherDeps {
  bots: BotRepository;
  accounts: ChannelAccountRepository;
  drivers: ReadonlyMap<string, ChannelDriver>;
  entryModules?: EntryModulesLookup;
}

export class BotPublisherService {
  constructor(private readonly deps: BotPublisherDeps) {}

  async validate(botId: string, channelAccountIds: readonly string[]): Promise<BotProblem[]> {
    const bot = await this.mustGet(botId);
    return this.problems(bot.draft, await this.channelsOf(channelAccountIds), channelAccountIds);
  }

  async publish(
    botId: string,
    channelAccountIds: readonly string[],
  ): Promise<{ version: BotVersionInfo; deployments: BotDeployment[] }> {
    const bot = await this.mustGet(botId);
    const channels = await this.channelsOf(channelAccountIds);
    const problems = await this.problems(bot.draft, channels, channelAccountIds);
    if (problems.length > 0) {
      throw new AppError(
        "bot_invalid",
        422,
        `the bot cannot be published: ${problems.length} problem(s), the first: ${problems[0]?.path} ${problems[0]?.message}`,
        { details: { problems } },
      );
    }
    // First: when a platform refuses, nothing is published.
    await this.prepareAccounts(channelAccountIds);
    const version = await this.deps.bots.publish(botId, bot.draft, channelAccountIds);
    return { version, deployments: await this.deps.bots.deployments(botId) };
  }

  private async problems(
    draft: Bot,
    channels: readonly string[],
    channelAccountIds: readonly string[],
  ): Promise<BotProblem[]> {
    const entryModules = (await this.deps.entryModules?.(channelAccountIds)) ?? [];
    return validateBot(draft, {
      channels,
      entryModules,
      compile: (message, channel) => {
        const driver = this.deps.drivers.get(channel);
        if (driver === undefined) return [{ path: "", message: `no ${channel} channel is configured` }];
        const compiled = driver.compile(message);
        return compiled.ok ? [] : compiled.error.map((v) => ({ path: v.path, message: v.message }));
      },
    });
  }

  /** Lets each account's platform set up what a running bot needs there (Messenger's Get Started button). */
  private async prepareAccounts(channelAccountIds: readonly string[]): Promise<void> {
    for (const id of channelAccountIds) {
      const account = await this.deps.accounts.get(id);
      const driver = account === undefined ? undefined : this.deps.drivers.get(account.channel);
      if (account === undefined || driver?.prepareForBot === undefined) continue;
      try {
        await driver.prepareForBot(account);
      } catch (error) {
        if (!(error instanceof ChannelError)) throw error;
        throw new AppError(
          "channel_setup_failed",
          502,
          `channel account ${id}: ${account.channel} refused the bot's set-up (${error.message}); nothing was published`,
          { path: "channelAccountIds" },
        );
      }
    }
  }

  private async mustGet(botId: string) {
    const bot = await this.deps.bots.get(botId);
    if (bot === undefined) throw new AppError("not_found", 404, `bot ${botId} does not exist`);
    return bot;
  }

  /** The distinct channels of the accounts; each account must exist. */
  private async channelsOf(channelAccountIds: readonly string[]): Promise<string[]> {
    const channels = new Set<string>();
    for (const [index, id] of channelAccountIds.entries()) {
      const account = await this.deps.accounts.get(id);
      if (account === undefined)
        throw new AppError("not_found", 404, `channel account ${id} does not exist`, {
          path: `channelAccountIds[${index}]`,
        });
      channels.add(account.channel);
    }
    return [...channels];
  }
}
