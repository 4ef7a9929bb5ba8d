/**
 * The bot runtime's one entry: (bot version, conversation state, event, context) → (new state, actions).
 * Pure: the clock, randomness, channel and contact come in as arguments; effects go out as actions.
 */
import type { InboundContent } from "@switchboard/core";
import type { Bot } from "../bot/bot-schema.js";
import type { BotAction } from "./bot-action.js";
import type { BotState } from "./bot-state-schema.js";
import { moduleStart, nextNode } from "./execute-node.js";
import { readJsonPath } from "./read-json-path.js";
import { resumeWithReply } from "./resume-with-reply.js";
import { runNodes } from "./run-nodes.js";
import type { BotContext } from "./turn.js";
import { Turn } from "./turn.js";

/** What happened to the conversation. */
export type BotEvent =
  /** A new conversation, or the platform's Get Started: runs the welcome module from the top. */
  | { type: "start" }
  /** Something outside the flow (a keyword rule, a ref link) opens a module from its top. */
  | { type: "open_module"; moduleId: string }
  | { type: "inbound"; content: InboundContent }
  /** A timer scheduled by a wait node came due. */
  | { type: "timer"; token: string }
  /** The answer to an `http_request` action; status 0 for a request that failed or timed out. */
  | { type: "http_response"; token: string; status: number; body: unknown };

export interface BotStep {
  state: BotState;
  actions: BotAction[];
}

/**
 * Advances the conversation by one event. Tag and attribute changes made by earlier nodes are visible
 * to later nodes of the same step. Timer and response events whose token is not the one waited for
 * (stale, or delivered twice) change nothing, so the server may deliver them at least once.
 */
export function advanceBot(bot: Bot, state: BotState, event: BotEvent, context: BotContext): BotStep {
  const turn = new Turn(bot, state, context);
  switch (event.type) {
    case "start":
      start(turn);
      break;
    case "open_module":
      if (turn.module(event.moduleId) === undefined) break;
      turn.state = { ...turn.state, status: "active", pending: null };
      runNodes(turn, moduleStart(event.moduleId));
      break;
    case "inbound":
      if (event.content.kind === "welcome_request") start(turn);
      else resumeWithReply(turn, event.content);
      break;
    case "timer":
      if (turn.state.pending?.type === "wait" && turn.state.pending.token === event.token)
        runNodes(turn, nextNode(turn.state.pending));
      break;
    case "http_response":
      resumeWithResponse(turn, event);
      break;
  }
  return { state: turn.state, actions: turn.actions };
}

function start(turn: Turn): void {
  turn.state = { ...turn.state, status: "active", pending: null, offeredChoices: [] };
  const welcome = turn.bot.modules.find((m) => m.kind === "welcome");
  if (welcome !== undefined) runNodes(turn, moduleStart(welcome.id));
}

function resumeWithResponse(turn: Turn, event: Extract<BotEvent, { type: "http_response" }>): void {
  const pending = turn.state.pending;
  if (pending?.type !== "http" || pending.token !== event.token) return;
  const node = turn.node(pending);
  if (node?.kind !== "http_request") return;
  if (event.status < 200 || event.status > 299) {
    runNodes(turn, node.onError === undefined ? nextNode(pending) : moduleStart(node.onError));
    return;
  }
  for (const [path, attribute] of Object.entries(node.responseMap)) {
    const value = readJsonPath(event.body, path);
    if (value !== undefined) turn.setAttribute(attribute, value);
  }
  runNodes(turn, nextNode(pending));
}
