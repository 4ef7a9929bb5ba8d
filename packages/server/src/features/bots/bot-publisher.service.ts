/**
 * Checks a bot's draft for the channel accounts it would run on, and publishes it as a new version.
 * Every problem is named with its module, node and path; nothing is published while one remains.
 */
import { AppError, ChannelError } from "@switchboard/core";
import { validateBot } from "@switchboard/engine";
import type { Bot, BotProblem } from "@switchboard/engine";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { BotProfileChange } from "../channels/meta-messaging-profile.js";
import type { BotRepository } from "./bot.repository.js";
import type { BotDeployment, BotVersionInfo } from "./bot.js";

/** Modules something outside the bot opens on an account (keyword rules, ref links). */
export type EntryModulesLookup = (channelAccountIds: readonly string[]) => Promise<string[]>;

export interface BotPublisherDeps {
  bots: BotRepository;
  accounts: ChannelAccountRepository;
  drivers: ReadonlyMap<string, ChannelDriver>;
  entryModules?: EntryModulesLookup;
  /** The stores that exist: a route-to-store node's fixed store must be one of them. */
  storeIds?: () => Promise<string[]>;
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
    await this.prepareAccounts(channelAccountIds, bot.draft);
    const version = await this.deps.bots.publish(botId, bot.draft, channelAccountIds);
    return { version, deployments: await this.deps.bots.deployments(botId) };
  }

  private async problems(
    draft: Bot,
    channels: readonly string[],
    channelAccountIds: readonly string[],
  ): Promise<BotProblem[]> {
    const entryModules = (await this.deps.entryModules?.(channelAccountIds)) ?? [];
    const profileProblems = this.profileProblems(draft, channels);
    const storeIds = await this.deps.storeIds?.();
    const botProblems = validateBot(draft, {
      channels,
      entryModules,
      ...(storeIds === undefined ? {} : { storeIds }),
      compile: (message, channel) => {
        const driver = this.deps.drivers.get(channel);
        if (driver === undefined) return [{ path: "", message: `no ${channel} channel is configured` }];
        const compiled = driver.compile(message);
        return compiled.ok ? [] : compiled.error.map((v) => ({ path: v.path, message: v.message }));
      },
    });
    return [...botProblems, ...profileProblems];
  }

  /** The channel profile's broken limits on each channel that shows it, with their path from the bot's root. */
  private profileProblems(draft: Bot, channels: readonly string[]): BotProblem[] {
    const profile = draft.profile;
    if (profile === undefined) return [];
    return channels.flatMap((channel) =>
      (this.deps.drivers.get(channel)?.checkProfile?.(profile) ?? []).map((violation) => ({
        moduleId: "",
        path: `profile.${violation.path}`,
        message: `${channel}: ${violation.message}`,
      })),
    );
  }

  /** Stops the bot on these accounts; their platform drops the profile fields the bot had set. */
  async unpublish(botId: string, channelAccountIds: readonly string[]): Promise<BotDeployment[]> {
    await this.mustGet(botId);
    for (const id of channelAccountIds) {
      const running = await this.deps.bots.publishedFor(id);
      if (running?.botId !== botId)
        throw new AppError("not_found", 404, `channel account ${id} does not run bot ${botId}`, {
          path: "channelAccountIds",
        });
      await this.prepareAccount(id, {
        next: undefined,
        previous: running.definition.profile,
        running: false,
      });
      await this.deps.bots.unpublish(id);
    }
    return this.deps.bots.deployments(botId);
  }

  /**
   * Lets each account's platform set up what a running bot needs there (Messenger's Get Started button,
   * the channel profile), clearing the profile fields only the bot running there until now had set.
   */
  private async prepareAccounts(channelAccountIds: readonly string[], draft: Bot): Promise<void> {
    for (const id of channelAccountIds) {
      const previous = (await this.deps.bots.publishedFor(id))?.definition.profile;
      await this.prepareAccount(id, { next: draft.profile, previous, running: true });
    }
  }

  private async prepareAccount(id: string, change: BotProfileChange): Promise<void> {
    const account = await this.deps.accounts.get(id);
    const driver = account === undefined ? undefined : this.deps.drivers.get(account.channel);
    if (account === undefined || driver?.prepareForBot === undefined) return;
    try {
      await driver.prepareForBot(account, change);
    } catch (error) {
      if (!(error instanceof ChannelError)) throw error;
      throw new AppError(
        "channel_setup_failed",
        502,
        `channel account ${id}: ${account.channel} refused the bot's set-up (${error.message}); nothing was changed`,
        { path: "channelAccountIds" },
      );
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
