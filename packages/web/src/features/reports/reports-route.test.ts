import { describe, expect, it } from "vitest";
import { parseRoute, pathOf } from "../../routing/route";

describe("the reports route", () => {
  it("reads the reports page and writes its path", () => {
    expect(parseRoute("/reports")).toEqual({ page: "reports" });
    expect(parseRoute("/reports/")).toEqual({ page: "reports" });
    expect(parseRoute("/reports/x")).toEqual({ page: "inbox", conversationId: null });
    expect(pathOf({ page: "reports" })).toBe("/reports");
  });
});
