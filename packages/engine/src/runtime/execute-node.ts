/** Runs one node: its effects go to the turn; the answer is where to go next, or null to pause or stop. */
import type { BotNode, NodeOf } from "../bot/node-schema.js";
import { carouselNodeMessage } from "../bot/carousel-node-schema.js";
import { choiceNodeMessage } from "../bot/choice-node-message.js";
import type { NodePosition } from "./bot-state-schema.js";
import { evaluateCondition } from "./evaluate-condition.js";
import { fillJson, fillTemplate } from "./fill-template.js";
import { routeToStore } from "./route-to-store.js";
import type { Turn } from "./turn.js";

/** The position after `position` in the same module. */
export function nextNode(position: NodePosition): NodePosition {
  return { moduleId: position.moduleId, nodeIndex: position.nodeIndex + 1 };
}

/** The first node of a module. */
export function moduleStart(moduleId: string): NodePosition {
  return { moduleId, nodeIndex: 0 };
}

/** Applies `node` at `position`; returns the next position, or null when the conversation pauses or stops. */
export function executeNode(turn: Turn, position: NodePosition, node: BotNode): NodePosition | null {
  switch (node.kind) {
    case "send":
      turn.send(node.message);
      return nextNode(position);
    case "ask":
      turn.send(node.message);
      turn.state.pending = { type: "ask", ...position, tries: 0 };
      return null;
    case "choice":
    case "carousel":
      // A carousel waits like a choice: its reply buttons are the options.
      turn.send(node.kind === "choice" ? choiceNodeMessage(node) : carouselNodeMessage(node));
      turn.offerChoice(position);
      turn.state.pending = { type: "choice", ...position, tries: 0 };
      return null;
    case "condition": {
      const facts = {
        now: turn.context.now,
        channel: turn.context.channel,
        attributes: turn.attributes,
        tags: turn.tags,
      };
      const target = evaluateCondition(node, facts) ? node.then : node.else;
      return target === undefined ? nextNode(position) : moduleStart(target);
    }
    case "set_tag":
      turn.addTag(node.tag);
      return nextNode(position);
    case "remove_tag":
      turn.removeTag(node.tag);
      return nextNode(position);
    case "set_attribute":
      turn.setAttribute(node.attribute, fillTemplate(node.value, turn.attributes));
      return nextNode(position);
    case "go_to":
      return moduleStart(node.module);
    case "random_split":
      return moduleStart(pickBranch(node, turn.context.random));
    case "wait": {
      const token = turn.nextToken(position);
      turn.actions.push({ type: "schedule_timer", token, at: turn.context.now + node.durationMs });
      turn.state.pending = { type: "wait", ...position, token };
      return null;
    }
    case "http_request":
      return requestHttp(turn, position, node);
    case "handover":
      turn.actions.push({ type: "handover" });
      turn.state.status = "handed_over";
      return null;
    case "route_to_store":
      return routeToStore(turn, node);
    case "end":
      turn.actions.push({ type: "end", reason: "end_node" });
      turn.state.status = "ended";
      return null;
  }
}

/** The branch whose share of the total weight contains `random` (in [0, 1)). */
function pickBranch(node: NodeOf<"random_split">, random: number): string {
  const total = node.branches.reduce((sum, b) => sum + b.weight, 0);
  let remaining = random * total;
  for (const branch of node.branches) {
    if (remaining < branch.weight) return branch.module;
    remaining -= branch.weight;
  }
  // Only reached through rounding when random is just below 1.
  return node.branches[node.branches.length - 1]?.module ?? "";
}

function requestHttp(turn: Turn, position: NodePosition, node: NodeOf<"http_request">): null {
  const token = turn.nextToken(position);
  const headers = Object.fromEntries(
    Object.entries(node.headers).map(([name, value]) => [name, fillTemplate(value, turn.attributes)]),
  );
  turn.actions.push({
    type: "http_request",
    token,
    request: {
      method: node.method,
      url: fillTemplate(node.url, turn.attributes),
      headers,
      ...(node.body === undefined ? {} : { body: fillJson(node.body, turn.attributes) }),
      timeoutMs: node.timeoutMs,
    },
  });
  turn.state.pending = { type: "http", ...position, token };
  return null;
}
