/** A bot as the API shows it: its draft, its published versions and the channel accounts that run it. */
import type { Bot } from "@switchboard/engine";

export interface BotVersionInfo {
  id: string;
  number: number;
  createdAt: number;
}

export interface BotDeployment {
  channelAccountId: string;
  botId: string;
  versionId: string;
  versionNumber: number;
  publishedAt: number;
}

export interface BotSummary {
  id: string;
  name: string;
  createdAt: number;
  updatedAt: number;
  moduleCount: number;
  latestVersion: BotVersionInfo | null;
  deployments: BotDeployment[];
}

export interface BotDetail extends BotSummary {
  draft: Bot;
}

/** The version a channel account runs, ready for the runtime. */
export interface PublishedBot {
  botId: string;
  versionId: string;
  definition: Bot;
}
