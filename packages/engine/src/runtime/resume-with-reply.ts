/**
 * Continues a conversation with what the customer sent: the answer to the waiting ask or choice, a tap
 * on an older choice (the customer scrolled up and chose again), or a retry / give-up on a bad reply.
 */
import { carouselReplyOptions, type ChoiceOption, type InboundContent } from "@switchboard/core";
import { carouselNodeMessage, carouselNodeOptions, type CarouselNode } from "../bot/carousel-node-schema.js";
import type { ChoiceNode, ChoiceNodeOption } from "../bot/choice-node-schema.js";
import type { BotNode, NodeOf } from "../bot/node-schema.js";
import { choiceNodeMessage } from "../bot/choice-node-message.js";
import type { NodePosition, Pending } from "./bot-state-schema.js";
import { moduleStart, nextNode } from "./execute-node.js";
import { matchReply } from "./match-reply.js";
import { runNodes } from "./run-nodes.js";
import type { Turn } from "./turn.js";
import { validateAnswer } from "./validate-answer.js";

type ReplyPending = Extract<Pending, { type: "ask" | "choice" }>;
/** A node whose options route (a choice, or a carousel's reply buttons); both wait as `choice`. */
type OptionNode = ChoiceNode | CarouselNode;
type Waiting = { pending: ReplyPending; node: NodeOf<"ask"> | OptionNode };

function isOptionNode(node: BotNode | undefined): node is OptionNode {
  return node?.kind === "choice" || node?.kind === "carousel";
}

function routedOptions(node: OptionNode): ChoiceNodeOption[] {
  return node.kind === "choice" ? node.sections.flatMap((s) => s.options) : carouselNodeOptions(node);
}

/**
 * Applies one inbound message. Taps go first to the waiting node when it offers options, then to the most
 * recent shown choice offering that option id. Silent while handed over, and when nothing waits and the
 * reply is no tap on a shown choice (keyword rules and the default reply are the server's business).
 */
export function resumeWithReply(turn: Turn, content: InboundContent): void {
  if (turn.state.status === "handed_over") return;
  const waiting = findWaiting(turn);
  const isTap = content.kind === "choice_reply";
  const offersOptions = waiting !== undefined && optionsOf(waiting.node).length > 0;
  if (waiting !== undefined && (!isTap || offersOptions) && answer(turn, waiting, content)) return;
  if (content.kind === "choice_reply" && chooseOffered(turn, content.optionId)) return;
  if (waiting !== undefined && isTap && !offersOptions && answer(turn, waiting, content)) return;
  if (waiting !== undefined) retryOrGiveUp(turn, waiting);
}

function findWaiting(turn: Turn): Waiting | undefined {
  const pending = turn.state.pending;
  if (pending === null || (pending.type !== "ask" && pending.type !== "choice")) return undefined;
  const node = turn.node(pending);
  if (pending.type === "choice") return isOptionNode(node) ? { pending, node } : undefined;
  return node?.kind === "ask" ? { pending, node } : undefined;
}

function optionsOf(node: NodeOf<"ask"> | OptionNode): ChoiceOption[] {
  if (node.kind !== "ask") return routedOptions(node);
  if (node.validation !== "choice") return [];
  if (node.message.kind === "carousel") return carouselReplyOptions(node.message);
  if (node.message.kind !== "choices") return [];
  return node.message.sections.flatMap((s) => s.options);
}

/** True when the reply was accepted and the flow moved on. */
function answer(turn: Turn, { pending, node }: Waiting, content: InboundContent): boolean {
  if (node.kind !== "ask") {
    const option = matchReply(routedOptions(node), content);
    if (option === undefined) return false;
    choose(turn, pending, node, option);
    return true;
  }
  const value = validateAnswer(node.validation, content, optionsOf(node));
  if (value === undefined) return false;
  turn.setAttribute(node.attribute, value);
  runNodes(turn, nextNode(pending));
  return true;
}

/** A tap on the newest shown choice that offers `optionId`. */
function chooseOffered(turn: Turn, optionId: string): boolean {
  for (const position of [...turn.state.offeredChoices].reverse()) {
    const node = turn.node(position);
    if (!isOptionNode(node)) continue;
    const option = routedOptions(node).find((o) => o.id === optionId);
    if (option === undefined) continue;
    choose(turn, position, node, option);
    return true;
  }
  return false;
}

function choose(turn: Turn, position: NodePosition, node: OptionNode, option: ChoiceNodeOption): void {
  turn.chosenOption = { id: option.id, title: option.title };
  for (const tag of option.removeTags) turn.removeTag(tag);
  for (const tag of option.addTags) turn.addTag(tag);
  if (node.attribute !== undefined) turn.setAttribute(node.attribute, option.title);
  turn.offerChoice({ moduleId: position.moduleId, nodeIndex: position.nodeIndex });
  runNodes(turn, option.goTo === undefined ? nextNode(position) : moduleStart(option.goTo));
}

/**
 * Counts the bad reply. At `maxTries` an ask goes to `onGiveUp` (or its next node) and a choice to its
 * `onGiveUp` (without one it keeps asking); before that the retry message (or the question) is sent.
 */
function retryOrGiveUp(turn: Turn, { pending, node }: Waiting): void {
  const tries = pending.tries + 1;
  if (tries >= node.maxTries && (node.kind === "ask" || node.onGiveUp !== undefined)) {
    runNodes(turn, node.onGiveUp === undefined ? nextNode(pending) : moduleStart(node.onGiveUp));
    return;
  }
  const prompt =
    node.kind === "choice"
      ? choiceNodeMessage(node)
      : node.kind === "carousel"
        ? carouselNodeMessage(node)
        : node.message;
  turn.send(node.retryMessage ?? prompt);
  turn.state.pending = { ...pending, tries };
}
