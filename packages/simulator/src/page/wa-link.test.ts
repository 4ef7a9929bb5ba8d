import { describe, expect, it } from "vitest";
import { parseWaLink, phoneDigits, resolveWaLink } from "./wa-link.js";

describe("parseWaLink", () => {
  it("reads the number and decodes the prefilled text of a wa.me link", () => {
    expect(parseWaLink("https://wa.me/15550100000?text=Hi%20there%2C%20I%27d%20like%20%231")).toEqual({
      digits: "15550100000",
      text: "Hi there, I'd like #1",
    });
  });

  it("accepts a link without scheme or text", () => {
    expect(parseWaLink(" wa.me/886912345678 ")).toEqual({ digits: "886912345678", text: "" });
  });

  it("accepts the legacy api.whatsapp.com form", () => {
    expect(parseWaLink("https://api.whatsapp.com/send?phone=15550100000&text=Order%20status")).toEqual({
      digits: "15550100000",
      text: "Order status",
    });
  });

  it("refuses other hosts and links without a number", () => {
    expect(parseWaLink("https://example.com/15550100000")).toBeUndefined();
    expect(parseWaLink("https://wa.me/message/ABCDEF")).toBeUndefined();
    expect(parseWaLink("not a link")).toBeUndefined();
  });
});

describe("phoneDigits", () => {
  it("keeps only digits so display numbers match wa.me numbers", () => {
    expect(phoneDigits("+1 (555) 010-0000")).toBe("15550100000");
  });
});

describe("resolveWaLink", () => {
  const business = {
    phoneNumberId: "1001",
    wabaId: "2001",
    displayPhoneNumber: "+1 555-010-0000",
    name: "Acme",
    accessToken: undefined,
  };

  it("picks the business whose display number has the link's digits", () => {
    expect(resolveWaLink("https://wa.me/15550100000?text=Hello", [business])).toEqual({
      business,
      text: "Hello",
    });
  });

  it("explains when no business has the number", () => {
    expect(resolveWaLink("https://wa.me/447700900000", [business])).toEqual({
      problem: "No business number +447700900000 in the simulator.",
    });
  });
});
