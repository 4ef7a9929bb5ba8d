import { describe, expect, it } from "vitest";
import { closedWeek } from "@switchboard/core";
import { chooseQueueReply } from "./choose-queue-reply.js";
import type { QueueReplySettings } from "./store.js";

// Monday 4 May 2026 in Asia/Taipei (UTC+8).
const mondayTen = Date.parse("2026-05-04T02:00:00Z");
const mondayTwentyTwo = Date.parse("2026-05-04T14:00:00Z");
const settings: QueueReplySettings = {
  timeZone: "Asia/Taipei",
  hours: { ...closedWeek(), monday: [{ start: "09:00", end: "18:00" }] },
  holidays: [],
  offlineReply: "We are closed now; we will answer from 09:00.",
  instantReply: "A colleague will be with you shortly.",
};

describe("chooseQueueReply", () => {
  it("gives the instant reply during business hours and the offline message outside them", () => {
    expect(chooseQueueReply(settings, mondayTen)).toEqual({ kind: "instant", text: settings.instantReply });
    expect(chooseQueueReply(settings, mondayTwentyTwo)).toEqual({
      kind: "offline",
      text: settings.offlineReply,
    });
  });

  it("gives nothing when the reply that applies is not set", () => {
    expect(chooseQueueReply({ ...settings, instantReply: null }, mondayTen)).toBeUndefined();
    expect(chooseQueueReply({ ...settings, offlineReply: null }, mondayTwentyTwo)).toBeUndefined();
  });

  it("reads a holiday as closed", () => {
    const holiday = { ...settings, holidays: [{ date: "2026-05-04", hours: [] }] };
    expect(chooseQueueReply(holiday, mondayTen)?.kind).toBe("offline");
  });
});
