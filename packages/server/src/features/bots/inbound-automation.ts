/**
 * Decides who answers a customer message when no person handles the conversation, in this order: the
 * entry the platform reported (a module to open, a known ref code), an opt-out or opt-in word, a ref
 * link's code, a keyword rule, the bot (its waiting node or a new start),
 * and last the default reply when nothing else answered.
 */
import type { Transaction } from "kysely";
import { detectOptIn, detectOptOut } from "@switchboard/core";
import type { InboundContent, SendPolicySettings } from "@switchboard/core";
import type { BotEvent } from "@switchboard/engine";
import type { Database } from "../../db/schema.js";
import type { ContactProfileRepository } from "../contacts/contact-profile.repository.js";
import { previewOfOutbound } from "../messages/message-preview.js";
import type {
  AutoReplyAction,
  AutomationRules,
  AutomationSnapshot,
  MatchedRefLink,
} from "./automation-rules.js";
import type { BotOutbox } from "./bot-outbox.js";
import type { BotTurnRunner, TurnInput, TurnOutcome } from "./bot-turn-runner.js";
import { emptyOutcome } from "./bot-turn-runner.js";
import { readStoredBotState } from "./stored-bot-state.js";

const SILENT_KINDS = new Set<InboundContent["kind"]>(["reaction", "system", "unsupported"]);
const OPT_OUT_REPLY = "You won't get messages from us any more. Reply START to subscribe again.";
const OPT_IN_REPLY = "You're subscribed again. Reply STOP at any time to unsubscribe.";

export type AutomationInput = Omit<TurnInput, "settings"> & {
  rules: AutomationSnapshot;
  /** The conversation waits for a person; a bot that has not started in it stays out (a returning customer). */
  waitingForPerson?: boolean;
};

/**
 * How the customer came in, when the platform says so beside the message: a `ref` code (an m.me or ig.me
 * link, Get Started opened from one) to match against the ref links, or a module to open (a menu item).
 */
export type AutomationEntry = { kind: "ref"; code: string } | { kind: "module"; moduleId: string };

export class InboundAutomation {
  constructor(
    private readonly runner: BotTurnRunner,
    private readonly outbox: BotOutbox,
    private readonly profiles: ContactProfileRepository,
    private readonly rules: AutomationRules,
  ) {}

  async answer(
    trx: Transaction<Database>,
    input: AutomationInput,
    content: InboundContent,
    now: number,
    entry?: AutomationEntry,
  ): Promise<TurnOutcome> {
    const stored = readStoredBotState(input.storedState);
    const { rules, waitingForPerson: _waiting, ...rest } = input;
    const settings = rules.sendPolicy;
    const turn: TurnInput = { ...rest, settings };
    if (entry?.kind === "module")
      return this.runner.run(trx, turn, { type: "open_module", moduleId: entry.moduleId }, now);
    const entryLink = entry?.kind === "ref" ? rules.refLinkFor(entry.code) : undefined;
    if (entryLink !== undefined) return this.openRefLink(trx, turn, entryLink, now);
    if (SILENT_KINDS.has(content.kind)) return emptyOutcome(stored);
    const text = content.kind === "text" ? content.text : undefined;
    if (text !== undefined) {
      const subscription = await this.subscription(trx, turn, text, settings, now);
      if (subscription !== undefined) return subscription;
      const link = rules.refLinkFor(text);
      if (link !== undefined) return this.openRefLink(trx, turn, link, now);
      const rule = rules.keywordRuleFor(text);
      if (rule !== undefined) return this.reply(trx, turn, rule.reply, now);
    }
    // Reopened straight to the queue: only the words and links above may bring the bot in.
    if (stored === undefined && input.waitingForPerson === true && input.published !== undefined)
      return emptyOutcome(stored);
    const event: BotEvent = stored === undefined ? { type: "start" } : { type: "inbound", content };
    const outcome = await this.runner.run(trx, turn, event, now);
    const botIsHere = outcome.state?.status === "handed_over" || outcome.state?.pending != null;
    if (outcome.acted || botIsHere) return outcome;
    const fallback = rules.defaultReply;
    if (fallback === null) return outcome;
    const answered = await this.reply(trx, turn, fallback, now);
    return answered.storedState === undefined ? { ...answered, storedState: outcome.storedState } : answered;
  }

  /** A ref link's entry: counted, its tags on the contact, its module opened. */
  private async openRefLink(
    trx: Transaction<Database>,
    turn: TurnInput,
    link: MatchedRefLink,
    now: number,
  ): Promise<TurnOutcome> {
    await this.rules.recordRefLinkEntry(trx, link.id);
    for (const tag of link.tags) await this.profiles.addTag(trx, turn.contactId, tag);
    return this.runner.run(trx, turn, { type: "open_module", moduleId: link.moduleId }, now);
  }

  /** An automatic answer: a text through the outbox, or a module of the published bot. */
  private async reply(
    trx: Transaction<Database>,
    turn: TurnInput,
    action: AutoReplyAction,
    now: number,
  ): Promise<TurnOutcome> {
    if (action.kind === "module")
      return this.runner.run(trx, turn, { type: "open_module", moduleId: action.moduleId }, now);
    return this.sendText(trx, turn, action.text, now);
  }

  private async subscription(
    trx: Transaction<Database>,
    turn: TurnInput,
    text: string,
    settings: SendPolicySettings,
    now: number,
  ): Promise<TurnOutcome | undefined> {
    const optOut = detectOptOut(text, settings.optOutKeywords);
    if (optOut !== undefined) {
      await this.profiles.recordOptOut(trx, turn.contactId, {
        topic: optOut.topic,
        source: "keyword",
        at: now,
      });
      return this.sendText(trx, turn, OPT_OUT_REPLY, now);
    }
    const optIn = detectOptIn(text, settings.optInKeywords);
    if (optIn !== undefined) {
      await this.profiles.removeOptOut(trx, turn.contactId, optIn.topic);
      return this.sendText(trx, turn, OPT_IN_REPLY, now);
    }
    return undefined;
  }

  private async sendText(
    trx: Transaction<Database>,
    turn: TurnInput,
    text: string,
    now: number,
  ): Promise<TurnOutcome> {
    const profile = await this.profiles.read(trx, turn.contactId);
    const outcome = emptyOutcome(readStoredBotState(turn.storedState));
    const message = { kind: "text" as const, text };
    await this.outbox.store(trx, { ...turn, optOuts: profile.optOuts }, message, now, outcome);
    outcome.acted = true;
    outcome.lastPreview = previewOfOutbound(message);
    return outcome;
  }
}
