import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadLineFixture, loadLineFixtureBytes } from "./fixtures/index.js";
import { isLineSignatureValid } from "./verify-signature.js";

const SECRET = "8c1e4a2f6b9d3e7a0c5f2b8d4e6a1c9f";
const sign = (body: Buffer, secret = SECRET) => createHmac("sha256", secret).update(body).digest("base64");

describe("isLineSignatureValid", () => {
  const body = loadLineFixtureBytes("message-text-emoji-mention");

  it("accepts the Base64 HMAC-SHA256 of the raw bytes keyed with the channel secret", () => {
    expect(isLineSignatureValid(body, sign(body), SECRET)).toBe(true);
    expect(isLineSignatureValid(body, ` ${sign(body)} `, SECRET)).toBe(true);
  });

  it("accepts the connectivity check LINE signs the same way", () => {
    const check = loadLineFixtureBytes("connectivity-check");
    expect(isLineSignatureValid(check, sign(check), SECRET)).toBe(true);
  });

  it("refuses another secret, a wrong secret of ours, and a body changed after signing", () => {
    expect(isLineSignatureValid(body, sign(body, "another-secret"), SECRET)).toBe(false);
    expect(isLineSignatureValid(body, sign(body), "wrong-secret")).toBe(false);
    const tampered = Buffer.from(body.toString("utf8").replace("預約明天晚上", "預約今天晚上"));
    expect(isLineSignatureValid(tampered, sign(body), SECRET)).toBe(false);
  });

  it("refuses re-serialised JSON: only the exact bytes count", () => {
    const reserialised = Buffer.from(JSON.stringify(loadLineFixture("message-text-emoji-mention")));
    expect(reserialised.equals(body)).toBe(false);
    expect(isLineSignatureValid(reserialised, sign(body), SECRET)).toBe(false);
  });

  it("refuses a missing or empty header and an empty secret", () => {
    expect(isLineSignatureValid(body, undefined, SECRET)).toBe(false);
    expect(isLineSignatureValid(body, "", SECRET)).toBe(false);
    expect(isLineSignatureValid(body, sign(body, ""), "")).toBe(false);
  });

  it("refuses malformed headers and digests of the wrong length", () => {
    const good = sign(body);
    const hex = createHmac("sha256", SECRET).update(body).digest("hex");
    for (const header of [
      hex,
      `sha256=${good}`,
      good.slice(0, -1),
      `${good}=`,
      good.replace(/=$/, ""),
      `${good.slice(0, 20)}*${good.slice(21)}`,
      good.toLowerCase(),
      createHmac("sha1", SECRET).update(body).digest("base64"),
    ]) {
      expect(header).not.toBe(good);
      expect(isLineSignatureValid(body, header, SECRET), header).toBe(false);
    }
  });
});
