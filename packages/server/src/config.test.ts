import { describe, expect, it } from "vitest";
import { publicUrl, readConfig } from "./config.js";

describe("readConfig", () => {
  it("applies defaults", () => {
    const result = readConfig({});
    expect(result.ok && result.config.PORT).toBe(3000);
    expect(result.ok && result.config.META_GRAPH_VERSION).toBe("v25.0");
  });
  it("lists every problem at once, naming the key and the rule", () => {
    const result = readConfig({ PORT: "abc", DATABASE_URL: "mysql://x", META_GRAPH_VERSION: "25" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(3);
    expect(result.problems.join("\n")).toContain("DATABASE_URL: must start with postgres://");
  });
  it("reads BOT_HTTP_ALLOW_PRIVATE_NETWORKS as a boolean, off by default", () => {
    const unset = readConfig({});
    expect(unset.ok && unset.config.BOT_HTTP_ALLOW_PRIVATE_NETWORKS).toBe(false);
    const on = readConfig({ BOT_HTTP_ALLOW_PRIVATE_NETWORKS: "true" });
    expect(on.ok && on.config.BOT_HTTP_ALLOW_PRIVATE_NETWORKS).toBe(true);
    const off = readConfig({ BOT_HTTP_ALLOW_PRIVATE_NETWORKS: "false" });
    expect(off.ok && off.config.BOT_HTTP_ALLOW_PRIVATE_NETWORKS).toBe(false);
    const wrong = readConfig({ BOT_HTTP_ALLOW_PRIVATE_NETWORKS: "maybe" });
    expect(wrong.ok ? [] : wrong.problems.join("\n")).toContain("BOT_HTTP_ALLOW_PRIVATE_NETWORKS");
  });
  it("derives the public URL from the listen address", () => {
    const result = readConfig({ PORT: "4000" });
    expect(result.ok && publicUrl(result.config)).toBe("http://localhost:4000");
  });
});
