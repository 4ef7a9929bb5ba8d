import { describe, expect, it } from "vitest";
import { rowsToRecord } from "./rows-to-record";

describe("rowsToRecord", () => {
  it("leaves out rows without a key and keeps the last row of a repeated key", () => {
    expect(
      rowsToRecord([
        { key: "Authorization", value: "Bearer a" },
        { key: "", value: "lost" },
        { key: " X-Shop ", value: "1" },
        { key: "Authorization", value: "Bearer b" },
      ]),
    ).toEqual({ Authorization: "Bearer b", "X-Shop": "1" });
  });
});
