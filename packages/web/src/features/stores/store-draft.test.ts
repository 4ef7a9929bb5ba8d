import { describe, expect, it } from "vitest";
import type { Store } from "../../api/stores-api";
import {
  newStoreDraft,
  nextInterval,
  storeDraftOf,
  storeFieldOf,
  storeFieldShown,
  storeInputOf,
  withAccountDefault,
  withAccountServed,
} from "./store-draft";

const closed = { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };
const stored: Store = {
  id: "st_1",
  name: "Xinyi counter",
  timeZone: "Asia/Taipei",
  hours: { ...closed, friday: [{ start: "22:00", end: "02:00" }] },
  holidays: [
    { date: "2026-09-25", name: "Moon festival", hours: [] },
    { date: "2026-12-31", hours: [{ start: "10:00", end: "16:00" }] },
  ],
  channelAccounts: [{ channelAccountId: "ca_1", isDefault: true }],
  offlineReply: "Closed now.",
  instantReply: null,
  createdAt: 1,
  updatedAt: 2,
};

describe("the store form's state", () => {
  it("starts a new store open on weekdays 09:00–18:00 in the given zone", () => {
    const draft = newStoreDraft("Europe/Berlin");
    expect(draft.timeZone).toBe("Europe/Berlin");
    expect(draft.hours.monday).toEqual([{ start: "09:00", end: "18:00" }]);
    expect(draft.hours.saturday).toEqual([]);
    expect(draft.offlineReply).toBe("");
  });

  it("starts another interval where the last one ends", () => {
    expect(nextInterval([])).toEqual({ start: "09:00", end: "18:00" });
    expect(nextInterval([{ start: "09:00", end: "12:00" }])).toEqual({ start: "12:00", end: "" });
  });

  it("round-trips a stored store through the form", () => {
    const input = storeInputOf(storeDraftOf(stored));
    const { id: _id, createdAt: _c, updatedAt: _u, ...expected } = stored;
    expect(input).toEqual(expected);
  });

  it("saves blank replies as none, drops blank holiday names and trims the name and zone", () => {
    const draft = {
      ...storeDraftOf(stored),
      name: "  Xinyi  ",
      timeZone: " Asia/Taipei ",
      offlineReply: "   ",
      instantReply: "Right with you",
    };
    draft.holidays[0] = { date: "2026-09-25", name: " ", hours: [] };
    const input = storeInputOf(draft);
    expect(input).toMatchObject({
      name: "Xinyi",
      timeZone: "Asia/Taipei",
      offlineReply: null,
      instantReply: "Right with you",
    });
    expect(input.holidays[0]).toEqual({ date: "2026-09-25", hours: [] });
  });

  it("serves and stops serving accounts, and a default is always served", () => {
    const none = withAccountServed([], "ca_1", false);
    expect(none).toEqual([]);
    const served = withAccountServed(none, "ca_1", true);
    expect(served).toEqual([{ channelAccountId: "ca_1", isDefault: false }]);
    expect(withAccountServed(served, "ca_1", true)).toEqual(served);
    const defaulted = withAccountDefault(served, "ca_1", true);
    expect(defaulted).toEqual([{ channelAccountId: "ca_1", isDefault: true }]);
    expect(withAccountDefault([], "ca_2", true)).toEqual([{ channelAccountId: "ca_2", isDefault: true }]);
    expect(withAccountServed(defaulted, "ca_1", false)).toEqual([]);
  });
});

describe("storeFieldOf", () => {
  const draft = storeDraftOf(stored);
  it.each([
    ["name", "name"],
    ["timeZone", "timeZone"],
    ["offlineReply", "offlineReply"],
    ["hours.monday[1].end", "hours.monday[1].end"],
    ["hours.friday", "hours.friday"],
    ["hours.mon", "hours"],
    ["holidays[1].date", "holidays[1].date"],
    ["holidays[0].hours[1].start", "holidays[0].hours[1].start"],
    ["holidays[2]", "holidays[2]"],
    ["holidays", "holidays"],
    ["channelAccounts[0].isDefault", "account.ca_1"],
    ["channelAccounts[0].channelAccountId", "account.ca_1"],
    ["channelAccounts[5].isDefault", "channelAccounts"],
    ["", undefined],
  ])("%s → %s", (path, field) => {
    expect(storeFieldOf(path, draft)).toBe(field);
  });
});

describe("storeFieldShown", () => {
  const draft = storeDraftOf(stored);
  it("hides fields whose row is gone so their problems show above the buttons", () => {
    expect(storeFieldShown("hours.friday[0].end", draft, [])).toBe(true);
    expect(storeFieldShown("hours.friday[1].end", draft, [])).toBe(false);
    expect(storeFieldShown("holidays[1].hours[0].start", draft, [])).toBe(true);
    expect(storeFieldShown("holidays[0].hours[0].start", draft, [])).toBe(false);
    expect(storeFieldShown("holidays[3].date", draft, [])).toBe(false);
    expect(storeFieldShown("account.ca_1", draft, ["ca_1"])).toBe(true);
    expect(storeFieldShown("account.ca_9", draft, ["ca_1"])).toBe(false);
    expect(storeFieldShown("name", draft, [])).toBe(true);
  });
});
