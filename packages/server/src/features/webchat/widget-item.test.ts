import { describe, expect, it } from "vitest";
import { isAllowedOrigin } from "./allowed-origin.js";
import { outboundMessageOf, visitorMessageOf } from "./widget-item.js";

describe("the widget's view of stored messages", () => {
  it("shows the visitor's tap as the option's title and their text as sent", () => {
    expect(
      visitorMessageOf({ kind: "choice_reply", via: "list", optionId: "ifc", title: "IFC Mall" }),
    ).toEqual({
      type: "text",
      text: "IFC Mall",
    });
    expect(visitorMessageOf({ kind: "text", text: "hi" })).toEqual({ type: "text", text: "hi" });
    expect(visitorMessageOf({ kind: "reaction", targetMessageId: "x", emoji: "👍" })).toBeUndefined();
  });

  it("reads our compiled payload and nothing that is not one", () => {
    expect(outboundMessageOf({ message: { type: "text", text: "Hello" } })).toEqual({
      type: "text",
      text: "Hello",
    });
    expect(outboundMessageOf({ messages: [{ type: "text" }] })).toBeUndefined();
    expect(outboundMessageOf(null)).toBeUndefined();
  });
});

describe("isAllowedOrigin", () => {
  const allowed = ["https://shop.example.com"];
  it("allows listed origins and the server's own, case-insensitively, and requests without an origin", () => {
    expect(isAllowedOrigin("https://shop.example.com", allowed, [])).toBe(true);
    expect(isAllowedOrigin("HTTPS://SHOP.EXAMPLE.COM", allowed, [])).toBe(true);
    expect(isAllowedOrigin("http://localhost:3000", allowed, ["http://localhost:3000"])).toBe(true);
    expect(isAllowedOrigin(undefined, [], [])).toBe(true);
  });

  it("refuses look-alikes: another scheme, a subdomain, a port", () => {
    expect(isAllowedOrigin("http://shop.example.com", allowed, [])).toBe(false);
    expect(isAllowedOrigin("https://evil.shop.example.com", allowed, [])).toBe(false);
    expect(isAllowedOrigin("https://shop.example.com:8443", allowed, [])).toBe(false);
    expect(isAllowedOrigin("null", allowed, [])).toBe(false);
  });
});
