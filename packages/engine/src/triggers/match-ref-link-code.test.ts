import { describe, expect, it } from "vitest";
import { matchRefLinkCode } from "./match-ref-link-code.js";

const codes = ["SPRING-SALE", "門市A店", "Promo 2024"];

describe("matchRefLinkCode", () => {
  it("matches the prefilled text exactly as sent", () => {
    expect(matchRefLinkCode(codes, "SPRING-SALE")).toBe("SPRING-SALE");
    expect(matchRefLinkCode(codes, "門市A店")).toBe("門市A店");
  });

  it("matches with whitespace around the code and another case or width", () => {
    expect(matchRefLinkCode(codes, "  spring-sale\n")).toBe("SPRING-SALE");
    expect(matchRefLinkCode(codes, "\tＳＰＲＩＮＧ－ＳＡＬＥ ")).toBe("SPRING-SALE");
    expect(matchRefLinkCode(codes, "門市Ａ店")).toBe("門市A店");
    expect(matchRefLinkCode(codes, "promo   ２０２４")).toBe("Promo 2024");
  });

  it("does not match a code inside a longer message or a partial code", () => {
    expect(matchRefLinkCode(codes, "hi SPRING-SALE")).toBe(undefined);
    expect(matchRefLinkCode(codes, "SPRING-SALE please")).toBe(undefined);
    expect(matchRefLinkCode(codes, "SPRING")).toBe(undefined);
    expect(matchRefLinkCode(codes, "   ")).toBe(undefined);
    expect(matchRefLinkCode([], "SPRING-SALE")).toBe(undefined);
  });
});
