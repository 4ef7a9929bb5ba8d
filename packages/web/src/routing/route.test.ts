import { describe, expect, it } from "vitest";
import { parseRoute, pathOf } from "./route";

describe("parseRoute", () => {
  it("reads the inbox, a conversation and the channel accounts page", () => {
    expect(parseRoute("/")).toEqual({ page: "inbox", conversationId: null });
    expect(parseRoute("/conversations/c_1")).toEqual({ page: "inbox", conversationId: "c_1" });
    expect(parseRoute("/channel-accounts/")).toEqual({ page: "channel-accounts" });
  });

  it("shows the inbox for anything else", () => {
    expect(parseRoute("/conversations")).toEqual({ page: "inbox", conversationId: null });
    expect(parseRoute("/nope/at/all")).toEqual({ page: "inbox", conversationId: null });
  });

  it("reads the bots and automation pages", () => {
    expect(parseRoute("/bots")).toEqual({ page: "bots" });
    expect(parseRoute("/bots/b_1")).toEqual({ page: "bot", botId: "b_1" });
    expect(parseRoute("/automation")).toEqual({ page: "automation" });
    expect(parseRoute(pathOf({ page: "bot", botId: "x y" }))).toEqual({ page: "bot", botId: "x y" });
  });

  it("reads the saved replies page and writes its path", () => {
    expect(parseRoute("/saved-replies")).toEqual({ page: "saved-replies" });
    expect(parseRoute("/saved-replies/")).toEqual({ page: "saved-replies" });
    expect(parseRoute("/saved-replies/x")).toEqual({ page: "inbox", conversationId: null });
    expect(pathOf({ page: "saved-replies" })).toBe("/saved-replies");
  });

  it("reads the stores page and writes its path", () => {
    expect(parseRoute("/stores")).toEqual({ page: "stores" });
    expect(parseRoute("/stores/")).toEqual({ page: "stores" });
    expect(parseRoute("/stores/s_1")).toEqual({ page: "inbox", conversationId: null });
    expect(pathOf({ page: "stores" })).toBe("/stores");
  });

  it("round-trips ids that need escaping", () => {
    const route = { page: "inbox", conversationId: "a b/c" } as const;
    expect(parseRoute(pathOf(route))).toEqual(route);
  });
});
