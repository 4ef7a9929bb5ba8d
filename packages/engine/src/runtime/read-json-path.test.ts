import { describe, expect, it } from "vitest";
import { readJsonPath } from "./read-json-path.js";

describe("readJsonPath", () => {
  const body = { data: { items: [{ name: "Lipstick", price: 880 }], ok: true, tags: ["a"] } };
  it("reads nested fields and array items as text", () => {
    expect(readJsonPath(body, "data.items[0].name")).toBe("Lipstick");
    expect(readJsonPath(body, "$.data.items[0].price")).toBe("880");
    expect(readJsonPath(body, "data.ok")).toBe("true");
    expect(readJsonPath(body, "data.tags")).toBe('["a"]');
  });
  it("gives undefined for missing paths", () => {
    expect(readJsonPath(body, "data.items[3].name")).toBe(undefined);
    expect(readJsonPath(body, "data.missing.deeper")).toBe(undefined);
    expect(readJsonPath("text", "a")).toBe(undefined);
  });
});
