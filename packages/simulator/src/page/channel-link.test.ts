import { describe, expect, it } from "vitest";
import type { ChannelAccount } from "./channel-api.js";
import { findLinkedAccount, parseChannelLink } from "./channel-link.js";

const accounts: ChannelAccount[] = [
  { platform: "messenger", id: "110200300400500", name: "Demo Store", handle: "demo.store" },
  { platform: "instagram", id: "17841400000000001", name: "Demo Store", handle: "switchboard.demo" },
  { platform: "line", id: "2000123456", name: "Demo Store", handle: "@demo123" },
];

describe("channel links", () => {
  it("reads m.me, ig.me and line.me links with their ref", () => {
    expect(parseChannelLink("https://m.me/110200300400500?ref=spring%20sale")).toEqual({
      platform: "messenger",
      target: "110200300400500",
      ref: "spring sale",
    });
    expect(parseChannelLink("ig.me/m/switchboard.demo?ref=bio")).toEqual({
      platform: "instagram",
      target: "switchboard.demo",
      ref: "bio",
    });
    expect(parseChannelLink("https://line.me/R/ti/p/@demo123")).toEqual({
      platform: "line",
      target: "@demo123",
      ref: "",
    });
    expect(parseChannelLink("https://wa.me/15550100")).toBeUndefined();
    expect(parseChannelLink("https://m.me/")).toBeUndefined();
    expect(parseChannelLink("not a link")).toBeUndefined();
  });

  it("finds the account by id, name, handle or basic id, on the link's platform only", () => {
    const find = (link: string) => {
      const parsed = parseChannelLink(link);
      return parsed === undefined ? undefined : findLinkedAccount(parsed, accounts)?.id;
    };
    expect(find("https://m.me/110200300400500")).toBe("110200300400500");
    expect(find("https://m.me/DemoStore?ref=x")).toBe("110200300400500");
    expect(find("https://ig.me/m/Switchboard.Demo")).toBe("17841400000000001");
    expect(find("https://line.me/R/ti/p/@demo123")).toBe("2000123456");
    expect(find("https://m.me/switchboard.demo")).toBeUndefined();
  });
});
