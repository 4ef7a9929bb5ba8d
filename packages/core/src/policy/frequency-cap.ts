/**
 * Frequency caps: at most N sends of a topic to one contact in any sliding span of time. Answers which
 * cap a new send would break and when the oldest counted send leaves the span.
 */
import { ALL_TOPICS, type RecentSend } from "./send-decision.js";
import type { FrequencyCap } from "./send-policy-settings.js";

/** A cap that a send would break now, with the counted sends and when one more becomes possible. */
export interface CapBreach {
  cap: FrequencyCap;
  count: number;
  releaseAt: number;
}

/**
 * The cap (of those matching `topic`; an `all` cap counts every send) that one more send at `now` would
 * break, the one that stays broken longest when several do; undefined when none. A send counts while
 * `now - at < perMs`: one sent exactly `perMs` ago no longer counts.
 */
export function frequencyCapBreach(
  caps: readonly FrequencyCap[],
  topic: string | undefined,
  recentSends: readonly RecentSend[],
  now: number,
): CapBreach | undefined {
  let worst: CapBreach | undefined;
  for (const cap of caps) {
    if (cap.topic !== ALL_TOPICS && cap.topic !== topic) continue;
    const counted = recentSends
      .filter((send) => cap.topic === ALL_TOPICS || send.topic === cap.topic)
      .map((send) => send.at)
      .filter((at) => at <= now && now - at < cap.perMs)
      .sort((a, b) => a - b);
    if (counted.length < cap.max) continue;
    // One more send is possible once all but max - 1 of the counted sends have left the span.
    const oldestThatMustLeave = counted[counted.length - cap.max] ?? now;
    const breach = { cap, count: counted.length, releaseAt: oldestThatMustLeave + cap.perMs };
    if (!worst || breach.releaseAt > worst.releaseAt) worst = breach;
  }
  return worst;
}
