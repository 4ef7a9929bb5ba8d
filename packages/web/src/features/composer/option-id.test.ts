import { describe, expect, it } from "vitest";
import { OPTION_ID_MAX_LENGTH, optionIdFromTitle } from "./option-id";

describe("optionIdFromTitle", () => {
  it("lower-cases and joins words with underscores", () => {
    expect(optionIdFromTitle("Counter A — Causeway Bay")).toBe("counter_a_causeway_bay");
    expect(optionIdFromTitle("  Sat 14:00 – 15:00 ")).toBe("sat_14_00_15_00");
  });

  it("drops accents but keeps letters of every script", () => {
    expect(optionIdFromTitle("Crème Brûlée")).toBe("creme_brulee");
    expect(optionIdFromTitle("銅鑼灣 專櫃")).toBe("銅鑼灣_專櫃");
  });

  it("falls back to `option` when nothing is left", () => {
    expect(optionIdFromTitle("")).toBe("option");
    expect(optionIdFromTitle("👍 !!")).toBe("option");
  });

  it("appends a number when the id is taken", () => {
    expect(optionIdFromTitle("Yes", ["yes"])).toBe("yes_2");
    expect(optionIdFromTitle("Yes", ["yes", "yes_2"])).toBe("yes_3");
    expect(optionIdFromTitle("", ["option"])).toBe("option_2");
  });

  it("stays within the length limit, suffix included", () => {
    const long = "a".repeat(100);
    expect(optionIdFromTitle(long)).toHaveLength(OPTION_ID_MAX_LENGTH);
    const second = optionIdFromTitle(long, [optionIdFromTitle(long)]);
    expect(second).toHaveLength(OPTION_ID_MAX_LENGTH);
    expect(second.endsWith("_2")).toBe(true);
  });
});
