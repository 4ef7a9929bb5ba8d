import { describe, expect, it } from "vitest";
import { continuePrefill, findContinueCode, newContinueCode } from "./continue-code.js";

describe("continue codes", () => {
  it("are WC- and eight unambiguous letters or digits, different each time", () => {
    const codes = new Set(Array.from({ length: 200 }, () => newContinueCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(/^WC-[2-9A-HJKMNP-Z]{8}$/);
  });

  it("are found in the prefilled message in either language, whatever the case the customer's app sends", () => {
    const code = newContinueCode();
    expect(findContinueCode(continuePrefill(code, "en"))).toBe(code);
    expect(findContinueCode(continuePrefill(code, "zh-TW"))).toBe(code);
    expect(findContinueCode(`hello ${code.toLowerCase()} thanks`)).toBe(code);
    expect(findContinueCode(code)).toBe(code);
  });

  it("are not found in ordinary texts, partial codes or ones with letters we never use", () => {
    expect(findContinueCode("I'd like to book WC toilets")).toBeUndefined();
    expect(findContinueCode("WC-ABC")).toBeUndefined();
    expect(findContinueCode("WC-ABCDEFGO")).toBeUndefined();
    expect(findContinueCode("XWC-ABCDEFGH")).toBeUndefined();
    expect(findContinueCode(undefined)).toBeUndefined();
  });
});
