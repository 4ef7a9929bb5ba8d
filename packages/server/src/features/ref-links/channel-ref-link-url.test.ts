import { describe, expect, it } from "vitest";
import { channelRefLinkUrl } from "./channel-ref-link-url.js";

describe("channelRefLinkUrl", () => {
  it.each([
    [
      {
        channel: "whatsapp" as const,
        externalId: "106540352242922",
        settings: { displayPhoneNumber: "+1 555 0100" },
      },
      "https://wa.me/15550100?text=AUTUMN",
    ],
    [
      { channel: "messenger" as const, externalId: "310000000000001", settings: { pageUsername: "salon" } },
      "https://m.me/salon?ref=AUTUMN",
    ],
    [
      { channel: "messenger" as const, externalId: "310000000000001", settings: {} },
      "https://m.me/310000000000001?ref=AUTUMN",
    ],
    [
      {
        channel: "instagram" as const,
        externalId: "17841400000000001",
        settings: { instagramUsername: "salon.tw" },
      },
      "https://ig.me/m/salon.tw?ref=AUTUMN",
    ],
    [
      {
        channel: "line" as const,
        externalId: "U0123456789abcdef0123456789abcdef",
        settings: { lineBasicId: "@salon" },
      },
      "https://line.me/R/oaMessage/%40salon/?AUTUMN",
    ],
  ])("builds the %s link", (account, url) => {
    expect(channelRefLinkUrl(account, "AUTUMN")).toEqual({ ok: true, value: url });
  });

  it.each([
    [
      { channel: "whatsapp" as const, externalId: "106540352242922", settings: {} },
      "settings.displayPhoneNumber",
    ],
    [
      { channel: "instagram" as const, externalId: "17841400000000001", settings: {} },
      "settings.instagramUsername",
    ],
    [
      { channel: "line" as const, externalId: "U0123456789abcdef0123456789abcdef", settings: {} },
      "settings.lineBasicId",
    ],
  ])("names the setting a %s account lacks", (account, setting) => {
    const result = channelRefLinkUrl(account, "AUTUMN");
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toContain(setting);
  });

  it("says why an m.me ref refuses a code", () => {
    const result = channelRefLinkUrl(
      { channel: "messenger", externalId: "310000000000001", settings: {} },
      "autumn offer!",
    );
    expect(result.ok ? "" : result.error).toContain("ref:");
  });
});
