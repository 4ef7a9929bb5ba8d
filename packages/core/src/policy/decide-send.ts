/**
 * The send-eligibility policy: one pure decision, used by every sender (bot, agent composer, broadcasts,
 * notifications), on whether a message may go to a contact now, and what to do instead when it may not.
 */
import { CUSTOMER_SERVICE_WINDOW_MS } from "./customer-service-window.js";
import { decideChannelWindow } from "./channel-window.js";
import { frequencyCapBreach } from "./frequency-cap.js";
import { quietHoursEnd } from "./quiet-hours.js";
import {
  ALL_TOPICS,
  MARKETING_TOPIC,
  type SendDecision,
  type SendRefusal,
  type SendRequest,
} from "./send-decision.js";
import { isTimeZone } from "./send-policy-settings.js";
import { wallClock } from "./wall-clock.js";

const iso = (instant: number): string => new Date(instant).toISOString();
const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * Decides whether `request` may be sent now. Pure: the clock is `request.now`.
 *
 * A *reply* is an `agent` or `automation` message while the customer's last message is under 24 hours
 * old. The customer started that conversation, so replies skip opt-outs, frequency caps and quiet hours
 * (the answer to "STOP" itself is a reply); only the channel's window applies. Every other send is
 * business-initiated and passes these checks in this order; the first refusal wins:
 *
 * 1. Opt-out (`opted_out`, fallback none): an opt-out of the send's topic or of `all`. Broadcasts default
 *    to topic `marketing`; a send without a topic is stopped only by `all`. WhatsApp templates are
 *    allowed by the window but not past an opt-out of their topic. Every listed opt-out is in force; an
 *    opt-in removes it before this is called. First, because it is final: no template or wait helps.
 * 2. Channel window (`window_closed` → template on WhatsApp or the HUMAN_AGENT tag for an agent on
 *    Messenger/Instagram; `human_agent_window_closed`; `tag_not_allowed`): what the platform would refuse.
 * 3. Frequency cap (`frequency_cap`): a cap on the topic (or `all`) already reached in its sliding span.
 * 4. Quiet hours (`quiet_hours`): in the contact's time zone when known and valid, else the account's.
 *
 * Waiting refusals carry `wait_until` with the earliest instant both the cap and quiet hours allow,
 * assuming no other send to the contact in between.
 */
export function decideSend(request: SendRequest): SendDecision {
  const { contact, now, purpose } = request;
  const topic = request.topic ?? (purpose === "broadcast" ? MARKETING_TOPIC : undefined);
  const isReply =
    (purpose === "agent" || purpose === "automation") &&
    contact.lastInboundAt !== null &&
    now - contact.lastInboundAt < CUSTOMER_SERVICE_WINDOW_MS;

  if (!isReply) {
    const optOut = contact.optOuts.find((o) => o.topic === ALL_TOPICS || o.topic === topic);
    if (optOut) {
      const what = optOut.topic === ALL_TOPICS ? "all messages" : `"${optOut.topic}" messages`;
      return refuse(
        "opted_out",
        `The contact opted out of ${what} at ${iso(optOut.at)} (source: ${optOut.source}); only replies while they are writing may be sent.`,
        { kind: "none" },
      );
    }
  }

  const window = decideChannelWindow({ ...request, lastInboundAt: contact.lastInboundAt });
  if (!window.allowed || isReply) return window;

  const quietHours = request.settings.quietHours;
  const zone =
    contact.timeZone !== undefined && isTimeZone(contact.timeZone) ? contact.timeZone : quietHours?.timeZone;
  const quietEnd = (at: number): number | undefined =>
    quietHours && zone ? quietHoursEnd(quietHours, zone, at) : undefined;

  const breach = frequencyCapBreach(request.settings.frequencyCaps ?? [], topic, request.recentSends, now);
  if (breach) {
    const { cap, count, releaseAt } = breach;
    const at = quietEnd(releaseAt) ?? releaseAt;
    const capTopic = cap.topic === ALL_TOPICS ? "all topics" : `"${cap.topic}"`;
    return refuse(
      "frequency_cap",
      `The contact already got ${count} messages on ${capTopic} in the last ${spanText(cap.perMs)}, the cap is ${cap.max}; the next may go at ${iso(at)}.`,
      { kind: "wait_until", at },
    );
  }

  const quietUntil = quietEnd(now);
  if (quietHours && zone && quietUntil !== undefined) {
    const local = wallClock(now, zone);
    return refuse(
      "quiet_hours",
      `Quiet hours are ${quietHours.start}–${quietHours.end} in ${zone} and it is ${pad(local.hour)}:${pad(local.minute)} there; sending is allowed again at ${quietHours.end} (${iso(quietUntil)}).`,
      { kind: "wait_until", at: quietUntil },
    );
  }
  return window;
}

function refuse(code: SendRefusal["code"], reason: string, fallback: SendRefusal["fallback"]): SendRefusal {
  return { allowed: false, code, reason, fallback };
}

function spanText(ms: number): string {
  const units: [number, string][] = [
    [86_400_000, "day"],
    [3_600_000, "hour"],
    [60_000, "minute"],
  ];
  for (const [size, name] of units) {
    if (ms % size === 0) return ms === size ? name : `${ms / size} ${name}s`;
  }
  return `${ms} ms`;
}
