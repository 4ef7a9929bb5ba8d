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

  it("round-trips ids that need escaping", () => {
    const route = { page: "inbox", conversationId: "a b/c" } as const;
    expect(parseRoute(pathOf(route))).toEqual(route);
  });
});
