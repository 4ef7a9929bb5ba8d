import { describe, expect, it } from "vitest";
import { SecretBox } from "./secret-box.js";

describe("SecretBox", () => {
  const box = new SecretBox("k".repeat(40));
  it("round-trips and never stores the plaintext", () => {
    const sealed = box.seal("EAAG-token-123");
    expect(sealed).not.toContain("EAAG");
    expect(box.open(sealed)).toBe("EAAG-token-123");
  });
  it("refuses another key and altered text", () => {
    const sealed = box.seal("secret");
    expect(() => new SecretBox("x".repeat(40)).open(sealed)).toThrow();
    const parts = sealed.split(".");
    parts[3] = Buffer.from("other").toString("base64url");
    expect(() => box.open(parts.join("."))).toThrow();
  });
});
