import { describe, expect, it } from "vitest";
import type { BotSummary } from "../../../api/bots-api";
import { runningBots } from "./running-bots";

const summary = (id: string, name: string, deployments: BotSummary["deployments"]): BotSummary => ({
  id,
  name,
  createdAt: 0,
  updatedAt: 0,
  moduleCount: 2,
  latestVersion: null,
  deployments,
});

describe("runningBots", () => {
  it("names the bot and version each account runs", () => {
    const running = runningBots([
      summary("b1", "Booking", [{ channelAccountId: "wa1", versionNumber: 3, publishedAt: 1 }]),
      summary("b2", "Support", [{ channelAccountId: "wa2", versionNumber: 1, publishedAt: 2 }]),
      summary("b3", "Draft only", []),
    ]);
    expect(running.get("wa1")).toEqual({ botId: "b1", botName: "Booking", versionNumber: 3 });
    expect(running.get("wa2")?.botName).toBe("Support");
    expect(running.size).toBe(2);
  });
});
