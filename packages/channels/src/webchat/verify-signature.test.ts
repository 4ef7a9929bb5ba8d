import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  isWebchatSignatureValid,
  isWebchatUserIdSignatureValid,
  signWebchatBody,
  signWebchatUserId,
} from "./verify-signature.js";

const SECRET = "b7e2c9a41f5d8036e1c4a9f7b3d6e2c8";

describe("the website's signed-in user id", () => {
  it("is the hex HMAC-SHA256 of the id with the account's secret, as any backend computes it", () => {
    const expected = createHmac("sha256", SECRET).update("customer-8841").digest("hex");
    expect(signWebchatUserId("customer-8841", SECRET)).toBe(expected);
    expect(isWebchatUserIdSignatureValid("customer-8841", expected, SECRET)).toBe(true);
    expect(isWebchatUserIdSignatureValid("customer-8841", expected.toUpperCase(), SECRET)).toBe(true);
  });

  it("refuses another user's signature, another secret's, and malformed or empty ones", () => {
    const signature = signWebchatUserId("customer-8841", SECRET);
    expect(isWebchatUserIdSignatureValid("customer-8842", signature, SECRET)).toBe(false);
    expect(
      isWebchatUserIdSignatureValid("customer-8841", signWebchatUserId("customer-8841", "other"), SECRET),
    ).toBe(false);
    expect(isWebchatUserIdSignatureValid("customer-8841", signature.slice(2), SECRET)).toBe(false);
    expect(isWebchatUserIdSignatureValid("customer-8841", "", SECRET)).toBe(false);
    expect(isWebchatUserIdSignatureValid("customer-8841", "zz".repeat(32), SECRET)).toBe(false);
    expect(isWebchatUserIdSignatureValid("customer-8841", signature, "")).toBe(false);
    expect(isWebchatUserIdSignatureValid("", signWebchatUserId("", SECRET), SECRET)).toBe(false);
  });
});

describe("the web chat body signature", () => {
  it("checks sha256=<hex> over the exact bytes", () => {
    const raw = Buffer.from('{"object":"webchat","entry":[]}');
    const header = signWebchatBody(raw, SECRET);
    expect(header).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(isWebchatSignatureValid(raw, header, SECRET)).toBe(true);
    expect(isWebchatSignatureValid(raw, header.slice(7), SECRET)).toBe(false);
    expect(isWebchatSignatureValid(Buffer.concat([raw, Buffer.from("\n")]), header, SECRET)).toBe(false);
    expect(isWebchatSignatureValid(raw, undefined, SECRET)).toBe(false);
  });
});
