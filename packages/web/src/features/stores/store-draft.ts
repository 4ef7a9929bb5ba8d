/** The store form's state, the body it saves, and which field shows each problem the server names. */
import type { Store, StoreChannelAccount, StoreInput, Weekday } from "../../api/stores-api";

export const weekdays: readonly Weekday[] = [
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
];

export function isWeekday(text: string): text is Weekday {
  return (weekdays as readonly string[]).includes(text);
}

/** `HH:MM` as typed in a time input; an end earlier than the start is on the next day. */
export interface IntervalDraft {
  start: string;
  end: string;
}

export interface HolidayDraft {
  /** `YYYY-MM-DD`. */
  date: string;
  name: string;
  /** No hours: closed all day. */
  hours: IntervalDraft[];
}

export interface StoreDraft {
  name: string;
  timeZone: string;
  hours: Record<Weekday, IntervalDraft[]>;
  holidays: HolidayDraft[];
  channelAccounts: StoreChannelAccount[];
  /** Blank: no reply. */
  offlineReply: string;
  instantReply: string;
}

/** A value for each weekday. */
function perDay<T>(make: (day: Weekday) => T): Record<Weekday, T> {
  return {
    monday: make("monday"),
    tuesday: make("tuesday"),
    wednesday: make("wednesday"),
    thursday: make("thursday"),
    friday: make("friday"),
    saturday: make("saturday"),
    sunday: make("sunday"),
  };
}

/** Pure: the interval a new row starts with: 09:00–18:00, or from where the last one ends. */
export function nextInterval(existing: readonly IntervalDraft[]): IntervalDraft {
  const last = existing.at(-1);
  return last === undefined ? { start: "09:00", end: "18:00" } : { start: last.end, end: "" };
}

/** Pure: a new store, open Monday to Friday 09:00–18:00 in `timeZone`. */
export function newStoreDraft(timeZone: string): StoreDraft {
  const hours = perDay((day) => (day === "saturday" || day === "sunday" ? [] : [nextInterval([])]));
  return {
    name: "",
    timeZone,
    hours,
    holidays: [],
    channelAccounts: [],
    offlineReply: "",
    instantReply: "",
  };
}

/** Pure: a stored store → the form. */
export function storeDraftOf(store: Store): StoreDraft {
  const hours = perDay((day) => (store.hours[day] ?? []).map(({ start, end }) => ({ start, end })));
  return {
    name: store.name,
    timeZone: store.timeZone,
    hours,
    holidays: store.holidays.map((holiday) => ({
      date: holiday.date,
      name: holiday.name ?? "",
      hours: holiday.hours.map(({ start, end }) => ({ start, end })),
    })),
    channelAccounts: store.channelAccounts.map((link) => ({ ...link })),
    offlineReply: store.offlineReply ?? "",
    instantReply: store.instantReply ?? "",
  };
}

/** Pure: the form → the body to save. Texts go as typed for the server to judge; blank replies are none. */
export function storeInputOf(draft: StoreDraft): StoreInput {
  return {
    name: draft.name.trim(),
    timeZone: draft.timeZone.trim(),
    hours: draft.hours,
    holidays: draft.holidays.map((holiday) => ({
      date: holiday.date,
      ...(holiday.name.trim() === "" ? {} : { name: holiday.name.trim() }),
      hours: holiday.hours,
    })),
    channelAccounts: draft.channelAccounts,
    offlineReply: draft.offlineReply.trim() === "" ? null : draft.offlineReply,
    instantReply: draft.instantReply.trim() === "" ? null : draft.instantReply,
  };
}

/** Pure: serve `accountId` or not; one that stops being served stops being this store's default too. */
export function withAccountServed(
  links: readonly StoreChannelAccount[],
  accountId: string,
  served: boolean,
): StoreChannelAccount[] {
  const serves = links.some((link) => link.channelAccountId === accountId);
  if (!served) return links.filter((link) => link.channelAccountId !== accountId);
  return serves ? [...links] : [...links, { channelAccountId: accountId, isDefault: false }];
}

/** Pure: make this store `accountId`'s default or not; being the default means serving it. */
export function withAccountDefault(
  links: readonly StoreChannelAccount[],
  accountId: string,
  isDefault: boolean,
): StoreChannelAccount[] {
  const found = links.some((link) => link.channelAccountId === accountId);
  if (!found) return isDefault ? [...links, { channelAccountId: accountId, isDefault }] : [...links];
  return links.map((link) => (link.channelAccountId === accountId ? { ...link, isDefault } : link));
}

/**
 * Pure: the field that shows a problem the server names, in the body's spelling: `name`, `timeZone`,
 * `offlineReply`, `instantReply`, an interval's `hours.monday[1].end` (or its day, `hours.monday`), a
 * holiday's `holidays[0].date` / `holidays[0].hours[1].start` (or the holiday, `holidays[0]`), `holidays`,
 * and `account.<id>` for a served account (the body lists them in the draft's order).
 */
export function storeFieldOf(path: string, draft: StoreDraft): string | undefined {
  if (["name", "timeZone", "offlineReply", "instantReply"].includes(path)) return path;
  const interval = /^hours\.(\w+)(?:\[(\d+)\]\.(start|end))?/.exec(path);
  if (interval) {
    const day = interval[1] ?? "";
    if (!isWeekday(day)) return "hours";
    return interval[3] === undefined ? `hours.${day}` : `hours.${day}[${interval[2]}].${interval[3]}`;
  }
  if (path === "hours") return "hours";
  const holiday = /^holidays\[(\d+)\](?:\.(date|name)|\.hours\[(\d+)\]\.(start|end))?/.exec(path);
  if (holiday) {
    const at = `holidays[${holiday[1]}]`;
    if (holiday[2] !== undefined) return `${at}.${holiday[2]}`;
    return holiday[4] === undefined ? at : `${at}.hours[${holiday[3]}].${holiday[4]}`;
  }
  if (path.startsWith("holidays")) return "holidays";
  const account = /^channelAccounts\[(\d+)\]/.exec(path);
  if (account) {
    const link = draft.channelAccounts[Number(account[1])];
    return link === undefined ? "channelAccounts" : `account.${link.channelAccountId}`;
  }
  return path.startsWith("channelAccounts") ? "channelAccounts" : undefined;
}

/** Pure: true when the field `storeFieldOf` named is on screen for this draft. */
export function storeFieldShown(field: string, draft: StoreDraft, accountIds: readonly string[]): boolean {
  const interval = /^hours\.(\w+)\[(\d+)\]/.exec(field);
  if (interval) {
    const day = interval[1] ?? "";
    return isWeekday(day) && Number(interval[2]) < draft.hours[day].length;
  }
  const holiday = /^holidays\[(\d+)\](?:\.hours\[(\d+)\])?/.exec(field);
  if (holiday) {
    const entry = draft.holidays[Number(holiday[1])];
    return entry !== undefined && (holiday[2] === undefined || Number(holiday[2]) < entry.hours.length);
  }
  if (field.startsWith("account.")) return accountIds.includes(field.slice("account.".length));
  return true;
}
