/**
 * Meta's messaging window (PLATFORMS.md B1, B3, C, E13): RESPONSE and UPDATE only within 24 hours of the
 * person's last message; MESSAGE_TAG with HUMAN_AGENT up to 7 days; every other tag is retired and
 * refused with error 100 (the last three since 27 April 2026, the rest since 2020).
 */
import type { GraphError } from "../graph/graph-error.js";
import type { MetaPlatform } from "./meta-accounts.js";
import { metaError, outsideWindowError } from "./meta-error.js";

export const STANDARD_WINDOW_MS = 24 * 60 * 60 * 1000;
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/** Tags Meta no longer accepts; any request using one gets error 100. */
export const RETIRED_TAGS: ReadonlySet<string> = new Set([
  "CONFIRMED_EVENT_UPDATE",
  "POST_PURCHASE_UPDATE",
  "ACCOUNT_UPDATE",
  "SHIPPING_UPDATE",
  "RESERVATION_UPDATE",
  "ISSUE_RESOLUTION",
  "APPOINTMENT_UPDATE",
  "GAME_EVENT",
  "TRANSPORTATION_UPDATE",
  "FEATURE_FUNCTIONALITY_UPDATE",
  "TICKET_UPDATE",
  "PAYMENT_UPDATE",
  "PERSONAL_FINANCE_UPDATE",
  "PAIRING_UPDATE",
  "APPLICATION_UPDATE",
  "COMMUNITY_ALERT",
  "NON_PROMOTIONAL_SUBSCRIPTION",
]);

export interface WindowInput {
  platform: MetaPlatform;
  messagingType: "RESPONSE" | "UPDATE" | "MESSAGE_TAG" | undefined;
  tag: string | undefined;
}

/** Refuses a bad tag before anything else is looked at (it does not depend on the person). */
export function checkTag(input: WindowInput): void {
  const { messagingType, tag } = input;
  if (tag !== undefined && messagingType !== "MESSAGE_TAG") {
    throw metaError(100, "Messaging type should be MESSAGE_TAG for tagged messages.");
  }
  if (messagingType !== "MESSAGE_TAG") return;
  if (tag === undefined) throw metaError(100, "The parameter tag is required for messaging_type MESSAGE_TAG");
  if (tag === "HUMAN_AGENT") return;
  if (RETIRED_TAGS.has(tag)) {
    throw metaError(100, "Invalid parameter", {
      problems: [
        `tag: ${tag} is retired; outside the 24-hour window only HUMAN_AGENT remains (for human replies)`,
      ],
    });
  }
  throw metaError(100, "Invalid tag.", { problems: [`tag: ${tag} is not a message tag Meta knows`] });
}

/**
 * Undefined when the message may go out now; otherwise error 10 with the window's subcode.
 * `lastInboundAt` is when the person last wrote (epoch ms), null when never.
 */
export function windowError(
  input: WindowInput,
  lastInboundAt: number | null,
  now: number,
): GraphError | undefined {
  const humanAgent = input.messagingType === "MESSAGE_TAG" && input.tag === "HUMAN_AGENT";
  const limit = humanAgent ? HUMAN_AGENT_WINDOW_MS : STANDARD_WINDOW_MS;
  if (lastInboundAt !== null && now - lastInboundAt < limit) return undefined;
  const since =
    lastInboundAt === null
      ? "the person never wrote to this account"
      : `the person last wrote ${describeAge(now - lastInboundAt)} ago`;
  const rule = humanAgent
    ? "HUMAN_AGENT allows 7 days"
    : `${input.messagingType ?? "a sender action"} needs a message from the person within 24 hours (a human reply may use MESSAGE_TAG HUMAN_AGENT up to 7 days)`;
  return outsideWindowError(input.platform, `${since}; ${rule}`);
}

function describeAge(ms: number): string {
  const hours = ms / 3_600_000;
  return hours < 48 ? `${hours.toFixed(1)} hours` : `${(hours / 24).toFixed(1)} days`;
}
