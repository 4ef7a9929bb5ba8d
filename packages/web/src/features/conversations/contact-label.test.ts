import { describe, expect, it } from "vitest";
import { contactAddress, contactInitials, contactLabel } from "./contact-label";

describe("contactLabel", () => {
  it("prefers the profile name", () => {
    expect(contactLabel({ displayName: "Mei Ling", externalId: "85291234567" }, "whatsapp")).toBe("Mei Ling");
  });

  it("falls back to the number, with + on WhatsApp", () => {
    expect(contactLabel({ displayName: null, externalId: "85291234567" }, "whatsapp")).toBe("+85291234567");
    expect(contactLabel({ displayName: "  ", externalId: "85291234567" }, "whatsapp")).toBe("+85291234567");
    expect(contactAddress("U4af4980629", "line")).toBe("U4af4980629");
  });
});

describe("contactInitials", () => {
  it("takes the first letters of the first and last word", () => {
    expect(contactInitials("Mei Ling Chan")).toBe("MC");
    expect(contactInitials("anna")).toBe("A");
  });

  it("takes one character of a Chinese name and a sign for numbers", () => {
    expect(contactInitials("陳小姐")).toBe("陳");
    expect(contactInitials("+85291234567")).toBe("#");
  });
});
