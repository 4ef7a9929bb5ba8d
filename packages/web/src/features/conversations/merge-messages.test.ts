import { describe, expect, it } from "vitest";
import { mergeMessages } from "./merge-messages";
import { inboundText, outboundText } from "./message-fixtures";

describe("mergeMessages", () => {
  it("appends new messages oldest first and replaces changed ones by id", () => {
    const thread = [inboundText("m1", 1000), outboundText("m2", 2000, "sent")];
    const merged = mergeMessages(thread, [
      outboundText("m2", 2000, "read", "Yes!", 2500),
      inboundText("m3", 3000),
    ]);
    expect(merged.map((message) => [message.id, message.status])).toEqual([
      ["m1", "received"],
      ["m2", "read"],
      ["m3", "received"],
    ]);
  });

  it("sorts messages that arrive out of order", () => {
    const merged = mergeMessages(
      [inboundText("m3", 3000)],
      [inboundText("m1", 1000), inboundText("m2", 1000)],
    );
    expect(merged.map((message) => message.id)).toEqual(["m1", "m2", "m3"]);
  });

  it("returns the same array when nothing changed", () => {
    const thread = [inboundText("m1", 1000), outboundText("m2", 2000, "delivered")];
    expect(mergeMessages(thread, [])).toBe(thread);
    expect(mergeMessages(thread, [outboundText("m2", 2000, "delivered")])).toBe(thread);
  });

  it("keeps the copy with the later updatedAt", () => {
    const thread = [outboundText("m1", 1000, "read", "Hi", 4000)];
    expect(mergeMessages(thread, [outboundText("m1", 1000, "pending", "Hi", 1000)])).toBe(thread);
  });
});
