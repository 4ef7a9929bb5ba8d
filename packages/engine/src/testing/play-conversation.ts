/**
 * Plays a conversation against a bot in memory, as the server would: applies the actions to a contact,
 * keeps the state, and lets a test say, tap, fire timers and answer HTTP requests.
 */
import type { InboundContent, OutboundMessage } from "@switchboard/core";
import type { Bot } from "../bot/bot-schema.js";
import type { BotAction, BotHttpRequest } from "../runtime/bot-action.js";
import type { BotEvent } from "../runtime/advance-bot.js";
import { advanceBot } from "../runtime/advance-bot.js";
import type { BotState } from "../runtime/bot-state-schema.js";
import { initialBotState } from "../runtime/bot-state-schema.js";

export interface PlayOptions {
  channel: string;
  /** Epoch ms at the first event; timers move it forward. */
  now: number;
  /** The random number used for every step, or one per step in order (the last one repeats). */
  random?: number | number[];
  attributes?: Record<string, string>;
  tags?: string[];
}

/** A conversation being played. Each call returns the messages that step sent. */
export interface PlayedConversation {
  start(): OutboundMessage[];
  say(text: string): OutboundMessage[];
  /** Taps an option by id; its title is taken from the sent choices (or the id when none shows it). */
  tap(optionId: string): OutboundMessage[];
  send(content: InboundContent): OutboundMessage[];
  /** Fires the due timer (the latest scheduled one unless a token is given) and moves the clock to it. */
  fireTimer(token?: string): OutboundMessage[];
  /** Answers the latest HTTP request (or the one with `token`). */
  respondHttp(response: { status: number; body?: unknown; token?: string }): OutboundMessage[];
  /** Moves the clock. */
  advanceClock(ms: number): void;
  readonly sent: OutboundMessage[];
  readonly actions: BotAction[];
  readonly attributes: Record<string, string>;
  readonly tags: string[];
  readonly state: BotState;
  readonly now: number;
  readonly lastRequest: (BotHttpRequest & { token: string }) | undefined;
  readonly handedOver: boolean;
  readonly ended: boolean;
}

/** Starts playing `bot` for one contact on one channel. Nothing is sent until `start()` or a message. */
export function playConversation(bot: Bot, options: PlayOptions): PlayedConversation {
  let state = initialBotState();
  let now = options.now;
  let stepCount = 0;
  const sent: OutboundMessage[] = [];
  const actions: BotAction[] = [];
  const attributes: Record<string, string> = { ...options.attributes };
  const tags = new Set(options.tags ?? []);
  const timers: { token: string; at: number }[] = [];
  const requests: (BotHttpRequest & { token: string })[] = [];

  const randomFor = (step: number): number => {
    const random = options.random ?? 0;
    if (typeof random === "number") return random;
    return random[Math.min(step, random.length - 1)] ?? 0;
  };

  const step = (event: BotEvent): OutboundMessage[] => {
    const context = {
      now,
      random: randomFor(stepCount),
      channel: options.channel,
      contact: { attributes: { ...attributes }, tags: [...tags] },
    };
    stepCount += 1;
    const result = advanceBot(bot, state, event, context);
    state = result.state;
    actions.push(...result.actions);
    const messages: OutboundMessage[] = [];
    for (const action of result.actions) {
      if (action.type === "send") messages.push(action.message);
      else if (action.type === "add_tag") tags.add(action.tag);
      else if (action.type === "remove_tag") tags.delete(action.tag);
      else if (action.type === "set_attribute") attributes[action.attribute] = action.value;
      else if (action.type === "schedule_timer") timers.push({ token: action.token, at: action.at });
      else if (action.type === "http_request") requests.push({ ...action.request, token: action.token });
    }
    sent.push(...messages);
    return messages;
  };

  const titleOf = (optionId: string): string => {
    for (const message of [...sent].reverse()) {
      if (message.kind !== "choices") continue;
      const option = message.sections.flatMap((s) => s.options).find((o) => o.id === optionId);
      if (option !== undefined) return option.title;
    }
    return optionId;
  };

  return {
    start: () => step({ type: "start" }),
    say: (text) => step({ type: "inbound", content: { kind: "text", text } }),
    tap: (optionId) =>
      step({
        type: "inbound",
        content: { kind: "choice_reply", via: "button", optionId, title: titleOf(optionId) },
      }),
    send: (content) => step({ type: "inbound", content }),
    fireTimer: (token) => {
      const timer = token === undefined ? timers[timers.length - 1] : timers.find((t) => t.token === token);
      if (timer === undefined) throw new Error("no timer was scheduled");
      now = Math.max(now, timer.at);
      return step({ type: "timer", token: timer.token });
    },
    respondHttp: ({ status, body, token }) => {
      const request =
        token === undefined ? requests[requests.length - 1] : requests.find((r) => r.token === token);
      if (request === undefined) throw new Error("no HTTP request was made");
      return step({ type: "http_response", token: request.token, status, body });
    },
    advanceClock: (ms) => {
      now += ms;
    },
    sent,
    actions,
    attributes,
    get tags() {
      return [...tags].sort();
    },
    get state() {
      return state;
    },
    get now() {
      return now;
    },
    get lastRequest() {
      return requests[requests.length - 1];
    },
    get handedOver() {
      return state.status === "handed_over";
    },
    get ended() {
      return state.status === "ended";
    },
  };
}
