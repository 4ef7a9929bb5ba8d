/**
 * The working copy of one `advanceBot` call: state, contact and the actions so far. Mutated only inside
 * that call, so later nodes see the tags and attributes earlier nodes changed.
 */
import type { OutboundMessage } from "@switchboard/core";
import type { Bot, BotModule } from "../bot/bot-schema.js";
import type { BotNode } from "../bot/node-schema.js";
import type { BotAction } from "./bot-action.js";
import type { BotState, NodePosition } from "./bot-state-schema.js";
import { OFFERED_CHOICES_KEPT } from "./bot-state-schema.js";
import { fillMessage } from "./fill-template.js";

/** What the server knows at the moment of the event. Nothing else reaches the engine. */
export interface BotContext {
  /** Epoch milliseconds. */
  now: number;
  /** A number in [0, 1) for random splits. */
  random: number;
  channel: string;
  contact: { attributes: Readonly<Record<string, string>>; tags: readonly string[] };
}

/** One bot step in progress. */
export class Turn {
  readonly actions: BotAction[] = [];
  readonly attributes: Record<string, string>;
  readonly tags: Set<string>;
  state: BotState;
  /** Nodes run so far; bounds go-to loops that never pause. */
  steps = 0;
  /** The option the customer chose in this step (a choice or a carousel reply), for nodes that route by it. */
  chosenOption: { id: string; title: string } | undefined;

  constructor(
    readonly bot: Bot,
    state: BotState,
    readonly context: BotContext,
  ) {
    this.state = { ...state, offeredChoices: [...state.offeredChoices] };
    this.attributes = { ...context.contact.attributes };
    this.tags = new Set(context.contact.tags);
  }

  module(moduleId: string): BotModule | undefined {
    return this.bot.modules.find((m) => m.id === moduleId);
  }

  node(position: NodePosition): BotNode | undefined {
    return this.module(position.moduleId)?.nodes[position.nodeIndex];
  }

  /** Sends the message with `{{attribute}}` placeholders filled from the current attributes. */
  send(message: OutboundMessage): void {
    this.actions.push({ type: "send", message: fillMessage(message, this.attributes) });
  }

  addTag(tag: string): void {
    if (this.tags.has(tag)) return;
    this.tags.add(tag);
    this.actions.push({ type: "add_tag", tag });
  }

  removeTag(tag: string): void {
    if (!this.tags.delete(tag)) return;
    this.actions.push({ type: "remove_tag", tag });
  }

  setAttribute(attribute: string, value: string): void {
    if (this.attributes[attribute] === value) return;
    this.attributes[attribute] = value;
    this.actions.push({ type: "set_attribute", attribute, value });
  }

  /** A token unique within this conversation, naming the node it resumes. */
  nextToken(position: NodePosition): string {
    this.state.sequence += 1;
    return `${position.moduleId}:${position.nodeIndex}:${this.state.sequence}`;
  }

  /** Remembers a shown choice so that a later tap on it is still understood. */
  offerChoice(position: NodePosition): void {
    const others = this.state.offeredChoices.filter(
      (p) => p.moduleId !== position.moduleId || p.nodeIndex !== position.nodeIndex,
    );
    this.state.offeredChoices = [...others, position].slice(-OFFERED_CHOICES_KEPT);
  }
}
