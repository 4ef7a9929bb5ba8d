// Several native messages stored as one outbox entry: compiled, decided and sent part by part, in order.
import { err, ok } from "@switchboard/core";
import type { NativePayload, OutboundMessage, SendReceipt } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import type { ChannelDriver } from "./channel-driver.js";
import { packSequence, sequenceParts, withSequences } from "./message-sequence.js";

const account = { id: "acc" } as ChannelAccountWithSecrets;

function recordingDriver(sent: NativePayload[], failAt?: number): ChannelDriver {
  return {
    kind: "messenger",
    signatureHeader: "X-Hub-Signature-256",
    splitWebhook: () => [],
    isAuthentic: () => true,
    answerHandshake: () => undefined,
    parseWebhook: () => [],
    compile: () => ok({ single: true }),
    withSendDecision: (payload, decision) => ({ ...payload, messaging_type: decision.messagingType }),
    fetchMedia: () => Promise.reject(new Error("no media")),
    send: (_account, to, payload): Promise<SendReceipt> => {
      if (sent.length === failAt) return Promise.reject(new Error("down"));
      sent.push(payload);
      return Promise.resolve({ providerMessageId: `mid.${sent.length}`, recipientExternalId: to });
    },
  };
}

const text = (value: string): OutboundMessage => ({ kind: "text", text: value });

describe("withSequences", () => {
  it("stores one part as it is and several as a sequence", () => {
    expect(packSequence([{ text: "a" }])).toEqual({ text: "a" });
    expect(packSequence([{ text: "a" }, { text: "b" }])).toEqual({
      sequence: [{ text: "a" }, { text: "b" }],
    });
    expect(sequenceParts({ text: "a" })).toBeUndefined();
    expect(() => sequenceParts({ sequence: "nope" })).toThrow(/messages.native_payload.sequence/);
  });

  it("compiles through the sequence compiler and keeps its violations", () => {
    const driver = withSequences(recordingDriver([]), (message) =>
      message.kind === "text" && message.text === ""
        ? err([{ path: "text", rule: "required", message: "text: required" }])
        : ok([{ text: "intro" }, { attachment: "cards" }]),
    );
    expect(driver.compile(text("hi"))).toEqual({
      ok: true,
      value: { sequence: [{ text: "intro" }, { attachment: "cards" }] },
    });
    expect(driver.compile(text(""))).toEqual({
      ok: false,
      error: [expect.objectContaining({ rule: "required" })],
    });
  });

  it("applies the send decision to every part and sends the parts in order, answering the first receipt", async () => {
    const sent: NativePayload[] = [];
    const driver = withSequences(recordingDriver(sent), () => ok([]));
    const payload = driver.withSendDecision?.(
      { sequence: [{ text: "a" }, { text: "b" }] },
      { messagingType: "RESPONSE" },
    );
    expect(payload).toEqual({
      sequence: [
        { text: "a", messaging_type: "RESPONSE" },
        { text: "b", messaging_type: "RESPONSE" },
      ],
    });
    const receipt = await driver.send(account, "psid", payload ?? {}, { ownId: "m1", attempt: 1 });
    expect(sent).toEqual([
      { text: "a", messaging_type: "RESPONSE" },
      { text: "b", messaging_type: "RESPONSE" },
    ]);
    expect(receipt.providerMessageId).toBe("mid.1");
  });

  it("sends a single message once, as before", async () => {
    const sent: NativePayload[] = [];
    const driver = withSequences(recordingDriver(sent), () => ok([]));
    await driver.send(account, "psid", { text: "only" }, { ownId: "m1", attempt: 1 });
    expect(sent).toEqual([{ text: "only" }]);
  });

  it("stops at the part that fails, so the job retries the message", async () => {
    const sent: NativePayload[] = [];
    const driver = withSequences(recordingDriver(sent, 1), () => ok([]));
    await expect(
      driver.send(
        account,
        "psid",
        { sequence: [{ text: "a" }, { text: "b" }, { text: "c" }] },
        { ownId: "m1", attempt: 1 },
      ),
    ).rejects.toThrow("down");
    expect(sent).toEqual([{ text: "a" }]);
  });
});
