// Queue mode with two server processes on one PostgreSQL database and one Redis: a visitor whose widget
// talks to the API process gets the bot's answers, which the other process's worker sent, live.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Switchboard } from "../../app.js";
import { testBot, welcomeSays } from "../../testing/test-bots.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { startTwoProcesses } from "../../testing/two-processes.js";
import type { TwoProcesses } from "../../testing/two-processes.js";
import { importBot } from "../channels/channel-test-support.js";
import { connectWebchat, waitForShown } from "./webchat.test-support.js";

const greeter = testBot("Greeter", welcomeSays("Hello from the worker process!"));

describe("web chat with two server processes on PostgreSQL and Redis", () => {
  let processes: TwoProcesses | undefined;
  let worker: TestSwitchboard;
  let api: Switchboard;

  beforeAll(async () => {
    processes = await startTwoProcesses();
    ({ worker, api } = processes);
  });
  afterAll(async () => {
    await processes?.close();
  });

  it("delivers, on the API process's stream, the answer the worker process sent", async () => {
    const chat = await connectWebchat(worker, {}, api.url);
    const botId = await importBot(worker, greeter);
    await worker.api("POST", `/api/v1/bots/${botId}/publish`, { channelAccountIds: [chat.channelAccountId] });
    const visitor = String((await chat.call("POST", "session", {})).json.visitorToken);
    const stream = await chat.live(visitor);
    const sent = await chat.call(
      "POST",
      "messages",
      { id: "m1", message: { kind: "text", text: "hi" } },
      { visitor },
    );
    expect(sent.status).toBe(202);
    const answer = await waitForShown(stream, "Hello from the worker process!");
    expect(answer.direction).toBe("out");
    stream.close();
  });
});
