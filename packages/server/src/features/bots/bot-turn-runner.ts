/**
 * Runs one bot step for a conversation inside the caller's transaction: picks the version (the one the
 * conversation started on, until it ends), advances the pure engine, and carries out its actions —
 * messages to the outbox, tags and attributes on the contact, timers and HTTP calls as jobs.
 */
import type { Transaction } from "kysely";
import { advanceBot, initialBotState } from "@switchboard/engine";
import type { Bot, BotEvent, BotState } from "@switchboard/engine";
import type { Database } from "../../db/schema.js";
import type { ContactProfileRepository } from "../contacts/contact-profile.repository.js";
import { previewOfOutbound } from "../messages/message-preview.js";
import type { BotRepository } from "./bot.repository.js";
import type { PublishedBot } from "./bot.js";
import type { BotOutbox, OutboxRecipient, OutboxResult } from "./bot-outbox.js";
import type { QueuedJob } from "./bot-jobs.js";
import type { StoredBotState } from "./stored-bot-state.js";
import { readStoredBotState } from "./stored-bot-state.js";

export interface TurnInput extends Omit<OutboxRecipient, "optOuts"> {
  storedState: unknown;
  /** The version the account runs now, read before the transaction. */
  published: PublishedBot | undefined;
}

export interface TurnOutcome extends OutboxResult {
  /** False when no bot runs here or the step did nothing (nothing matched, nothing waited). */
  acted: boolean;
  /** True when the bot itself acted (not only a text answer such as an opt-out confirmation). */
  botActed: boolean;
  /** The state to store; undefined when no bot ran. */
  storedState: StoredBotState | undefined;
  /** The bot's state after the step (what it waits for, handed over…). */
  state: BotState | undefined;
  handedOver: boolean;
  /** A route-to-store node's choice: the store ids or names to try, first match wins. */
  storeKeys?: string[];
  lastPreview: string | undefined;
  /** Timers and HTTP calls to queue (sends are in `sendIds`). */
  jobs: QueuedJob[];
}

export function emptyOutcome(storedState: StoredBotState | undefined): TurnOutcome {
  return {
    acted: false,
    botActed: false,
    storedState,
    state: storedState?.state,
    handedOver: false,
    lastPreview: undefined,
    sendIds: [],
    refusedIds: [],
    jobs: [],
  };
}

export class BotTurnRunner {
  constructor(
    private readonly bots: BotRepository,
    private readonly profiles: ContactProfileRepository,
    private readonly outbox: BotOutbox,
  ) {}

  async run(
    trx: Transaction<Database>,
    input: TurnInput,
    event: BotEvent,
    now: number,
  ): Promise<TurnOutcome> {
    const stored = readStoredBotState(input.storedState);
    const chosen = await this.chooseVersion(trx, input.published, stored, event);
    if (chosen === undefined) return emptyOutcome(stored);
    const profile = await this.profiles.read(trx, input.contactId);
    const step = advanceBot(chosen.definition, chosen.state, event, {
      now,
      random: Math.random(),
      channel: input.account.channel,
      contact: { attributes: profile.attributes, tags: profile.tags },
    });
    const outcome = emptyOutcome({ versionId: chosen.versionId, state: step.state });
    outcome.acted = step.actions.length > 0;
    outcome.botActed = outcome.acted;
    const attributes: Record<string, string> = {};
    const recipient = { ...input, optOuts: profile.optOuts };
    for (const action of step.actions) {
      switch (action.type) {
        case "send":
          await this.outbox.store(trx, recipient, action.message, now, outcome);
          outcome.lastPreview = previewOfOutbound(action.message);
          break;
        case "add_tag":
          await this.profiles.addTag(trx, input.contactId, action.tag);
          break;
        case "remove_tag":
          await this.profiles.removeTag(trx, input.contactId, action.tag);
          break;
        case "set_attribute":
          attributes[action.attribute] = action.value;
          break;
        case "schedule_timer":
          outcome.jobs.push({
            name: "bot-timer",
            payload: { conversationId: input.conversationId, token: action.token },
            delayMs: Math.max(0, action.at - now),
          });
          break;
        case "http_request":
          outcome.jobs.push({
            name: "bot-http-request",
            payload: { conversationId: input.conversationId, token: action.token, request: action.request },
          });
          break;
        case "handover":
          outcome.handedOver = true;
          break;
        case "route_to_store":
          outcome.storeKeys = action.storeKeys;
          break;
        case "end":
          break;
      }
    }
    if (Object.keys(attributes).length > 0)
      await this.profiles.setAttributes(trx, input.contactId, attributes);
    return outcome;
  }

  /**
   * The conversation keeps the version it started on until the flow ends; a start, an ended flow, or a
   * module its version lacks moves it to the version the account runs now.
   */
  private async chooseVersion(
    trx: Transaction<Database>,
    published: PublishedBot | undefined,
    stored: StoredBotState | undefined,
    event: BotEvent,
  ): Promise<{ versionId: string; definition: Bot; state: BotState } | undefined> {
    if (stored !== undefined && stored.state.status !== "ended" && event.type !== "start") {
      const definition = await this.bots.version(stored.versionId, trx);
      const lacksModule =
        event.type === "open_module" && !definition.modules.some((m) => m.id === event.moduleId);
      if (!lacksModule) return { versionId: stored.versionId, definition, state: stored.state };
    }
    if (published === undefined) return undefined;
    const state = stored?.versionId === published.versionId ? stored.state : initialBotState();
    return { versionId: published.versionId, definition: published.definition, state };
  }
}
