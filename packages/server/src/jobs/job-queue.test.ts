import { describe, expect, it } from "vitest";
import { assertEveryJobHandled, isJobName, jobNames } from "./job-queue.js";

describe("job names and the handler registry check", () => {
  it("knows every job name of the payload map, and only those", () => {
    expect([...jobNames].sort()).toEqual([
      "bot-http-request",
      "bot-timer",
      "download-media",
      "process-webhook-event",
      "send-message",
    ]);
    expect(isJobName("send-message")).toBe(true);
    expect(isJobName("toString")).toBe(false);
    expect(isJobName("send-messages")).toBe(false);
  });

  it("names every job without a handler in one error", () => {
    const noop = async () => {};
    expect(() => assertEveryJobHandled({ "send-message": noop })).toThrow(
      "No handler registered for job(s): process-webhook-event, download-media, bot-timer, bot-http-request",
    );
    expect(() =>
      assertEveryJobHandled({
        "send-message": noop,
        "process-webhook-event": noop,
        "download-media": noop,
        "bot-timer": noop,
        "bot-http-request": noop,
      }),
    ).not.toThrow();
  });
});
