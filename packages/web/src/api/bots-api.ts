/**
 * Typed calls for bots (docs/api.md, "Bots") and the message check the bot editor uses for live limit
 * problems. Built on the signed-in client's `request`, so failures throw `ApiError` like every other call.
 * Bot definitions reuse the engine's types only; nothing of the engine is bundled into the console.
 */
import type { BotInput } from "@switchboard/engine";
import type { ApiClient } from "./client";
import type { EpochMs, LimitViolation, OutboundMessageInput } from "./types";

export type {
  AnswerValidation,
  Bot,
  BotInput,
  BotModule,
  BotNode,
  BotNodeKind,
  BotProblem,
  ChoiceNode,
  ChoiceNodeOption,
  ConditionRule,
  ModuleKind,
  NodeOf,
  Weekday,
} from "@switchboard/engine";
import type { Bot, BotProblem } from "@switchboard/engine";
export type {
  ChoiceOption,
  Header,
  MediaType,
  MessageOf,
  OutboundMessageKind,
  TemplateButtonParameter,
} from "@switchboard/core";

export interface BotVersionInfo {
  id: string;
  number: number;
  createdAt: EpochMs;
}

/** A channel account that runs a version of the bot (one published bot per account). */
export interface BotDeployment {
  channelAccountId: string;
  versionNumber: number;
  publishedAt: EpochMs;
}

export interface BotSummary {
  id: string;
  name: string;
  createdAt: EpochMs;
  updatedAt: EpochMs;
  moduleCount: number;
  latestVersion: BotVersionInfo | null;
  deployments: BotDeployment[];
}

/** A bot with its editable draft (defaults applied). */
export interface BotDetail extends BotSummary {
  draft: Bot;
}

export interface PublishResult {
  version: BotVersionInfo;
  deployments: BotDeployment[];
}

/** One channel's verdict on a message: every broken limit with its path inside the message. */
export interface MessageCheckResult {
  channel: string;
  ok: boolean;
  violations: LimitViolation[];
  payload?: unknown;
}

const botPath = (id: string, rest = "") => `/bots/${encodeURIComponent(id)}${rest}`;

export async function listBots(api: ApiClient, signal?: AbortSignal): Promise<BotSummary[]> {
  return (await api.request<{ items: BotSummary[] }>("GET", "/bots", undefined, signal)).items;
}

/** Without a definition the server starts the bot with an empty welcome and a human agent module. */
export async function createBot(api: ApiClient, input: { name: string; definition?: BotInput }) {
  return (await api.request<{ bot: BotDetail }>("POST", "/bots", input)).bot;
}

export async function getBot(api: ApiClient, id: string, signal?: AbortSignal): Promise<BotDetail> {
  return (await api.request<{ bot: BotDetail }>("GET", botPath(id), undefined, signal)).bot;
}

/** A draft that breaks the schema answers 422 naming the path of the field. */
export async function updateBot(
  api: ApiClient,
  id: string,
  patch: { name?: string; draft?: BotInput },
): Promise<BotDetail> {
  return (await api.request<{ bot: BotDetail }>("PATCH", botPath(id), patch)).bot;
}

/** Answers 409 `bot_published` while a channel account runs the bot. */
export async function deleteBot(api: ApiClient, id: string): Promise<void> {
  await api.request<{ ok: true }>("DELETE", botPath(id));
}

/** Every problem that would stop the draft from being published on these accounts. */
export async function validateBotDraft(
  api: ApiClient,
  id: string,
  channelAccountIds: readonly string[],
): Promise<BotProblem[]> {
  const path = botPath(id, "/validate");
  return (await api.request<{ problems: BotProblem[] }>("POST", path, { channelAccountIds })).problems;
}

/** Answers 422 `bot_invalid` with the problems when the draft cannot be published. */
export async function publishBot(
  api: ApiClient,
  id: string,
  channelAccountIds: readonly string[],
): Promise<PublishResult> {
  return api.request<PublishResult>("POST", botPath(id, "/publish"), { channelAccountIds });
}

/** The draft definition as JSON, ready to be saved as a file and imported elsewhere. */
export async function exportBot(api: ApiClient, id: string): Promise<unknown> {
  return api.request<unknown>("GET", botPath(id, "/export"));
}

/** Answers 422 with the path of each problem when the definition is not a valid bot. */
export async function importBot(api: ApiClient, definition: unknown): Promise<BotDetail> {
  return (await api.request<{ bot: BotDetail }>("POST", "/bots/import", definition)).bot;
}

export async function checkMessage(
  api: ApiClient,
  message: OutboundMessageInput,
  channels: readonly string[],
  signal?: AbortSignal,
): Promise<MessageCheckResult[]> {
  const body = { message, channels };
  const answer = await api.request<{ results: RawCheckResult[] }>("POST", "/messages/check", body, signal);
  return answer.results.map((result) => ({
    ...result,
    violations: result.violations.map((violation) => ({ ...violation, rule: violation.rule ?? "invalid" })),
  }));
}

/** Schema problems of the neutral message come without a limit rule. */
interface RawCheckResult extends Omit<MessageCheckResult, "violations"> {
  violations: (Omit<LimitViolation, "rule"> & { rule?: string })[];
}
