/**
 * The event bus contract: one vitest suite every `EventBus` adapter must pass. The factory gives a bus
 * of its own (nothing else publishes on it) and reports the bus's errors to `onError`.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { waitFor } from "../jobs/job-queue.contract.js";
import { conversationActivity, conversationChanged, messageChanged } from "./change-event.js";
import type { ChangeEvent } from "./change-event.js";
import type { EventBus } from "./event-bus.js";
import { publishAll } from "./event-bus.js";

export interface ContractBus {
  bus: EventBus;
  cleanup(): Promise<void>;
}

/** Registers the shared suite under `name`; `makeBus` is called once per test. */
export function describeEventBusContract(
  name: string,
  makeBus: (onError: (error: unknown) => void) => Promise<ContractBus>,
): void {
  describe(`${name} honours the event bus contract`, () => {
    let setup: ContractBus;
    let bus: EventBus;
    let errors: unknown[];
    beforeEach(async () => {
      errors = [];
      setup = await makeBus((error) => errors.push(error));
      bus = setup.bus;
    });
    afterEach(async () => {
      await setup.cleanup();
    });

    it("hands every published event to every subscriber, as published", async () => {
      const first: ChangeEvent[] = [];
      const second: ChangeEvent[] = [];
      bus.subscribe((event) => first.push(event));
      bus.subscribe((event) => second.push(event));
      const events = conversationActivity("c-1", ["m-1"], 1_700_000_000_000);
      publishAll(bus, events);
      await waitFor(() => first.length === 2 && second.length === 2);
      expect(first).toEqual([
        { type: "conversation.changed", conversationId: "c-1", at: 1_700_000_000_000 },
        { type: "message.changed", conversationId: "c-1", messageId: "m-1", at: 1_700_000_000_000 },
      ]);
      expect(second).toEqual(first);
      expect(errors).toEqual([]);
    });

    it("delivers later, never inside publish", async () => {
      const seen: ChangeEvent[] = [];
      bus.subscribe((event) => seen.push(event));
      bus.publish(conversationChanged("c-async"));
      expect(seen).toEqual([]);
      await waitFor(() => seen.length === 1);
    });

    it("keeps the order in which events were published", async () => {
      const seen: string[] = [];
      bus.subscribe((event) => seen.push(event.type === "message.changed" ? event.messageId : ""));
      const ids = Array.from({ length: 200 }, (_, i) => `m-${i}`);
      for (const id of ids) bus.publish(messageChanged("c-order", id));
      await waitFor(() => seen.length === ids.length);
      expect(seen).toEqual(ids);
    });

    it("stops calling a listener once it unsubscribed, and only that one", async () => {
      const kept: string[] = [];
      const dropped: string[] = [];
      bus.subscribe((event) => kept.push(event.conversationId));
      const unsubscribe = bus.subscribe((event) => dropped.push(event.conversationId));
      bus.publish(conversationChanged("before"));
      await waitFor(() => dropped.length === 1);
      unsubscribe();
      unsubscribe();
      bus.publish(conversationChanged("after-1"));
      bus.publish(conversationChanged("after-2"));
      await waitFor(() => kept.length === 3);
      expect(kept).toEqual(["before", "after-1", "after-2"]);
      expect(dropped).toEqual(["before"]);
    });

    it("reports a listener that throws and still calls the others", async () => {
      const seen: ChangeEvent[] = [];
      bus.subscribe(() => {
        throw new Error("this listener's stream is gone");
      });
      bus.subscribe((event) => seen.push(event));
      bus.publish(conversationChanged("c-throw"));
      await waitFor(() => seen.length === 1 && errors.length === 1);
      expect(String(errors[0])).toContain("this listener's stream is gone");
    });

    it("delivers nothing and throws nothing once closed", async () => {
      const seen: ChangeEvent[] = [];
      bus.subscribe((event) => seen.push(event));
      await bus.close();
      expect(() => bus.publish(conversationChanged("too-late"))).not.toThrow();
      const late = bus.subscribe((event) => seen.push(event));
      late();
      await sleep(100);
      expect(seen).toEqual([]);
      await bus.close();
    });
  });
}
