import { describe, expect, it } from "vitest";
import { parseSimulatorEvent } from "./simulator-event.js";

describe("parseSimulatorEvent", () => {
  it("reads a new chat item", () => {
    const data = JSON.stringify({
      type: "chat.item",
      phoneNumberId: "1001",
      waId: "15550001111",
      item: {
        seq: 7,
        wamid: "wamid.A",
        direction: "out",
        at: 1750000000000,
        type: "text",
        payload: {},
        status: "sent",
      },
    });
    const event = parseSimulatorEvent(data, "message");
    expect(event?.type).toBe("chat.item");
    expect(event !== undefined && event.type === "chat.item" ? event.item.seq : undefined).toBe(7);
  });

  it("reads a status change with its error, taking the type from the SSE event name when absent", () => {
    const data = JSON.stringify({
      phoneNumberId: "1001",
      waId: "15550001111",
      wamid: "wamid.A",
      seq: 7,
      status: "failed",
      error: { code: 131047, title: "Re-engagement message", details: "More than 24 hours" },
    });
    expect(parseSimulatorEvent(data, "chat.status")).toEqual({
      type: "chat.status",
      phoneNumberId: "1001",
      waId: "15550001111",
      wamid: "wamid.A",
      seq: 7,
      status: "failed",
      error: { code: 131047, title: "Re-engagement message", details: "More than 24 hours" },
    });
  });

  it("sets Messenger, Instagram and LINE events apart so they do not reload the WhatsApp chat", () => {
    const data = JSON.stringify({
      type: "channel.item",
      channel: "line",
      accountId: "1",
      userId: "U1",
      item: {},
    });
    expect(parseSimulatorEvent(data, "message")).toEqual({ type: "channel" });
  });

  it("returns undefined for what it cannot read", () => {
    expect(parseSimulatorEvent("not json", "message")).toBeUndefined();
    expect(
      parseSimulatorEvent(JSON.stringify({ type: "chat.item", item: { seq: "x" } }), "message"),
    ).toBeUndefined();
  });
});
