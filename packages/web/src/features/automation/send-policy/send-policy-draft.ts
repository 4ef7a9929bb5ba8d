/** The send policy form's state (quiet hours, frequency caps), the settings it saves, and where problems go. */
import type { SendPolicySettings } from "../../../api/automation-types";

export type PeriodUnit = "minutes" | "hours" | "days";

export const periodUnits: readonly PeriodUnit[] = ["minutes", "hours", "days"];

const unitMs: Record<PeriodUnit, number> = { minutes: 60_000, hours: 3_600_000, days: 86_400_000 };

export interface FrequencyCapDraft {
  /** A topic such as `promotions`, or `all` for every business-initiated send. */
  topic: string;
  /** Numbers as typed in the number inputs. */
  max: string;
  per: string;
  unit: PeriodUnit;
}

export interface SendPolicyDraft {
  quietHoursOn: boolean;
  /** `HH:MM`, local time in `timeZone`. */
  start: string;
  end: string;
  timeZone: string;
  caps: FrequencyCapDraft[];
  /** Opt-out words, one per line: `STOP`, or `NO PROMO = marketing` for one topic. Blank: the defaults. */
  optOutWords: string;
  /** Opt-in words, in the same form. */
  optInWords: string;
}

interface TopicWord {
  keyword: string;
  topic: string;
}

/** Pure: stored words → one per line, the topic written only when it is not `all`. */
export function wordsText(words: readonly TopicWord[] | undefined): string {
  return (words ?? []).map((w) => (w.topic === "all" ? w.keyword : `${w.keyword} = ${w.topic}`)).join("\n");
}

/** Pure: the lines typed → words; blank lines are skipped and a word without `= topic` means all. */
export function wordsOf(text: string): TopicWord[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .map((line) => {
      const at = line.lastIndexOf("=");
      if (at <= 0) return { keyword: line, topic: "all" };
      return { keyword: line.slice(0, at).trim(), topic: line.slice(at + 1).trim() || "all" };
    });
}

/** Pure: a span in ms → the largest unit that divides it exactly (a day, else hours, else minutes). */
export function periodOf(perMs: number): { per: string; unit: PeriodUnit } {
  for (const unit of ["days", "hours"] as const) {
    if (perMs % unitMs[unit] === 0) return { per: String(perMs / unitMs[unit]), unit };
  }
  return { per: String(perMs / unitMs.minutes), unit: "minutes" };
}

export function newFrequencyCapDraft(): FrequencyCapDraft {
  return { topic: "all", max: "1", per: "1", unit: "days" };
}

/** Pure: stored settings → the form; quiet hours default to 22:00–08:00 in `defaultTimeZone` when unset. */
export function sendPolicyDraftOf(settings: SendPolicySettings, defaultTimeZone: string): SendPolicyDraft {
  const quiet = settings.quietHours;
  return {
    quietHoursOn: quiet !== undefined,
    start: quiet?.start ?? "22:00",
    end: quiet?.end ?? "08:00",
    timeZone: quiet?.timeZone ?? defaultTimeZone,
    caps: (settings.frequencyCaps ?? []).map((cap) => ({
      topic: cap.topic,
      max: String(cap.max),
      ...periodOf(cap.perMs),
    })),
    optOutWords: wordsText(settings.optOutKeywords),
    optInWords: wordsText(settings.optInKeywords),
  };
}

/**
 * Pure: the form → the settings to save. Quiet hours switched off are left out; the caps are always
 * sent, so removing the last one clears them. Numbers go as typed (blank is 0) for the server to judge.
 */
export function sendPolicyOf(draft: SendPolicyDraft): SendPolicySettings {
  const settings: SendPolicySettings = {
    frequencyCaps: draft.caps.map((cap) => ({
      topic: cap.topic.trim(),
      max: Number(cap.max),
      perMs: Math.round(Number(cap.per) * unitMs[cap.unit]),
    })),
  };
  if (draft.quietHoursOn) {
    settings.quietHours = { start: draft.start, end: draft.end, timeZone: draft.timeZone.trim() };
  }
  const optOut = wordsOf(draft.optOutWords);
  const optIn = wordsOf(draft.optInWords);
  if (optOut.length > 0) settings.optOutKeywords = optOut;
  if (optIn.length > 0) settings.optInKeywords = optIn;
  return settings;
}

export type CapField = "topic" | "max" | "per";

export type SendPolicyField =
  | "quietHours"
  | "start"
  | "end"
  | "timeZone"
  | "caps"
  | `cap.${number}.${CapField}`
  | "optOutWords"
  | "optInWords";

/** Pure: `sendPolicy.quietHours.timeZone`, `frequencyCaps[1].perMs`… → the field that shows it. */
export function sendPolicyFieldOf(path: string): SendPolicyField | undefined {
  const local = path.replace(/^sendPolicy(\.|$)/, "");
  const quiet = /^quietHours(?:\.(start|end|timeZone))?$/.exec(local);
  if (quiet)
    return quiet[1] === "start" || quiet[1] === "end" || quiet[1] === "timeZone" ? quiet[1] : "quietHours";
  const cap = /^frequencyCaps\[(\d+)\]\.(topic|max|perMs)$/.exec(local);
  if (cap) {
    const field: CapField = cap[2] === "topic" ? "topic" : cap[2] === "max" ? "max" : "per";
    return `cap.${Number(cap[1])}.${field}`;
  }
  if (local.startsWith("optOutKeywords")) return "optOutWords";
  if (local.startsWith("optInKeywords")) return "optInWords";
  return local.startsWith("frequencyCaps") ? "caps" : undefined;
}
