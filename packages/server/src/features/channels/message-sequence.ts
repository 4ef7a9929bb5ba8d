/**
 * A neutral message that a channel sends as several native messages (a carousel's body and cards, a
 * `split` fallback) is stored as one outbox entry `{ sequence: [...] }` and sent part by part, in order,
 * with one platform call each. A single message is stored as it always was.
 */
import { ChannelError, err, ok } from "@switchboard/core";
import type { LimitViolation, NativePayload, OutboundMessage, Result } from "@switchboard/core";
import { z } from "zod";
import type { ChannelDriver } from "./channel-driver.js";

/** Compiles one neutral message into the native messages it becomes, in order. */
export type CompileSequence = (message: OutboundMessage) => Result<NativePayload[], LimitViolation[]>;

const SequenceSchema = z.object({ sequence: z.array(z.record(z.string(), z.unknown())).min(2) }).strict();

/** The parts of a stored sequence, or undefined for a single message. */
export function sequenceParts(payload: NativePayload): NativePayload[] | undefined {
  if (!("sequence" in payload)) return undefined;
  const parsed = SequenceSchema.safeParse(payload);
  if (!parsed.success)
    throw new ChannelError(
      `messages.native_payload.sequence: not a stored message sequence (${parsed.error.message})`,
      {
        retryable: false,
        code: "channel_invalid_request",
      },
    );
  return parsed.data.sequence;
}

/** One part as it is, several as a sequence. */
export function packSequence(parts: NativePayload[]): NativePayload {
  const [only] = parts;
  return parts.length === 1 && only !== undefined ? only : { sequence: parts };
}

/**
 * `driver` with `compile` giving every native message, `withSendDecision` applied to each part and `send`
 * sending the parts in order. The receipt is the first part's; statuses of the others find the message by
 * the own id the platform echoes back. A retry sends the whole sequence again: a part the platform took
 * before the failure may then arrive twice, which beats a card that never arrives.
 */
export function withSequences(driver: ChannelDriver, compileSequence: CompileSequence): ChannelDriver {
  return {
    ...driver,
    compile: (message) => {
      const compiled = compileSequence(message);
      return compiled.ok ? ok(packSequence(compiled.value)) : err(compiled.error);
    },
    ...(driver.withSendDecision === undefined
      ? {}
      : {
          withSendDecision: (payload, decision) => {
            const decide = driver.withSendDecision;
            if (decide === undefined) return payload;
            const parts = sequenceParts(payload);
            return parts === undefined
              ? decide(payload, decision)
              : { sequence: parts.map((part) => decide(part, decision)) };
          },
        }),
    async send(account, recipientExternalId, payload, options) {
      const parts = sequenceParts(payload);
      if (parts === undefined) return driver.send(account, recipientExternalId, payload, options);
      const receipts = [];
      for (const part of parts) receipts.push(await driver.send(account, recipientExternalId, part, options));
      const [first] = receipts;
      if (first === undefined) throw new Error("a message sequence without parts");
      return first;
    },
  };
}
