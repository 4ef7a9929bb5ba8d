/**
 * The platforms' own windows: WhatsApp's 24-hour customer service window (templates outside it),
 * Messenger's and Instagram's 24-hour standard window with the 7-day HUMAN_AGENT tag, none on LINE and web chat.
 */
import { CUSTOMER_SERVICE_WINDOW_MS } from "./customer-service-window.js";
import type { SendDecision, SendFallback, SendRequest } from "./send-decision.js";

/** How long after the customer's last message a human agent may still answer with `HUMAN_AGENT`. */
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

const HOUR_MS = 3_600_000;

/** True when the message is a WhatsApp template, by flag or by kind. */
export function isTemplateMessage(message: SendRequest["message"]): boolean {
  return message.isTemplate ?? message.kind === "template";
}

function lastMessageText(lastInboundAt: number | null, now: number): string {
  if (lastInboundAt === null) return "The customer has never messaged this account";
  const hours = Math.floor((now - lastInboundAt) / HOUR_MS);
  return `The customer's last message was at ${new Date(lastInboundAt).toISOString()}, ${hours} hours ago`;
}

function refuse(
  code: "window_closed" | "human_agent_window_closed" | "tag_not_allowed",
  reason: string,
  fallback: SendFallback,
): SendDecision {
  return { allowed: false, code, reason, fallback };
}

/**
 * What the channel's window allows at `now`, judging only time since the customer's last message, the
 * message kind, the purpose and a requested tag. Both windows are half-open: at exactly 24 hours (or 7
 * days for HUMAN_AGENT) after the last message they are closed. WhatsApp and LINE ignore `requestedTag`.
 * See platform/PLATFORMS.md A6, B1, B3 and Part C; E14 for why automation never gets HUMAN_AGENT.
 */
export function decideChannelWindow(
  request: Pick<SendRequest, "channel" | "message" | "purpose" | "requestedTag" | "now"> & {
    lastInboundAt: number | null;
  },
): SendDecision {
  const { channel, purpose, lastInboundAt, now } = request;
  const elapsed = lastInboundAt === null ? Number.POSITIVE_INFINITY : now - lastInboundAt;
  const inStandardWindow = elapsed < CUSTOMER_SERVICE_WINDOW_MS;
  if (channel === "line" || channel === "webchat") return { allowed: true };
  if (channel === "whatsapp") {
    if (inStandardWindow || isTemplateMessage(request.message)) return { allowed: true };
    return refuse(
      "window_closed",
      `${lastMessageText(lastInboundAt, now)}; outside WhatsApp's 24-hour customer service window only an approved template can be sent.`,
      { kind: "template" },
    );
  }
  // Messenger and Instagram.
  const inHumanAgentWindow = elapsed < HUMAN_AGENT_WINDOW_MS;
  const humanAgentUntil = lastInboundAt === null ? 0 : lastInboundAt + HUMAN_AGENT_WINDOW_MS;
  const agentFallback: SendFallback =
    inHumanAgentWindow && purpose !== "agent"
      ? { kind: "human_agent_tag", until: humanAgentUntil }
      : { kind: "none" };
  const { requestedTag } = request;
  if (requestedTag !== undefined && requestedTag !== "HUMAN_AGENT") {
    return refuse(
      "tag_not_allowed",
      `The message tag ${requestedTag} is retired (Meta answers error 100 since 27 April 2026); only HUMAN_AGENT is left, for a human agent's reply.`,
      inHumanAgentWindow ? { kind: "human_agent_tag", until: humanAgentUntil } : { kind: "none" },
    );
  }
  if (requestedTag === "HUMAN_AGENT" && purpose !== "agent") {
    return refuse(
      "tag_not_allowed",
      `The HUMAN_AGENT tag is only for a human agent's own reply, never for ${purpose} messages; misuse gets the Page restricted.`,
      agentFallback,
    );
  }
  if (inStandardWindow && requestedTag === undefined) {
    const messagingType = purpose === "agent" || purpose === "automation" ? "RESPONSE" : "UPDATE";
    return { allowed: true, messagingType };
  }
  if (purpose === "agent") {
    if (inHumanAgentWindow) return { allowed: true, messagingType: "MESSAGE_TAG", tag: "HUMAN_AGENT" };
    return refuse(
      "human_agent_window_closed",
      `${lastMessageText(lastInboundAt, now)}; a human agent may answer with the HUMAN_AGENT tag only within 7 days of it.`,
      { kind: "none" },
    );
  }
  const after =
    agentFallback.kind === "human_agent_tag"
      ? ` A human agent may still answer with the HUMAN_AGENT tag until ${new Date(humanAgentUntil).toISOString()}.`
      : "";
  return refuse(
    "window_closed",
    `${lastMessageText(lastInboundAt, now)}; outside the 24-hour standard messaging window only a human agent's reply may be sent.${after}`,
    agentFallback,
  );
}
