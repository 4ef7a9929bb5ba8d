import { describe, expect, it } from "vitest";
import { botFileName } from "./download-json";

describe("botFileName", () => {
  it("names the file after the bot", () => {
    expect(botFileName("Booking — Causeway Bay")).toBe("booking-causeway-bay.bot.json");
    expect(botFileName("銅鑼灣 預約")).toBe("銅鑼灣-預約.bot.json");
    expect(botFileName("  ")).toBe("bot.bot.json");
  });
});
