import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { answerMessengerHandshake, isMessengerSignatureValid } from "./verify-signature.js";

const SECRET = "page-app-secret";
// Meta signs the bytes it sends, with non-ASCII text escaped as lowercase \u sequences.
const raw = Buffer.from('{"object":"page","entry":[{"messaging":[{"message":{"text":"\\u9810\\u7d04"}}]}]}');
const sign = (body: Buffer, secret = SECRET) =>
  `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

describe("isMessengerSignatureValid", () => {
  it("accepts the HMAC-SHA256 of the raw bytes, in either hex case", () => {
    expect(isMessengerSignatureValid(raw, sign(raw), SECRET)).toBe(true);
    expect(isMessengerSignatureValid(raw, sign(raw).toUpperCase().replace("SHA256", "sha256"), SECRET)).toBe(
      true,
    );
  });

  it("refuses the same text re-encoded, another secret, SHA-1, a malformed header or an empty secret", () => {
    const reencoded = Buffer.from(JSON.stringify(JSON.parse(raw.toString())));
    expect(reencoded.equals(raw)).toBe(false);
    expect(isMessengerSignatureValid(reencoded, sign(raw), SECRET)).toBe(false);
    expect(isMessengerSignatureValid(raw, sign(raw, "other"), SECRET)).toBe(false);
    const sha1 = `sha1=${createHmac("sha1", SECRET).update(raw).digest("hex")}`;
    expect(isMessengerSignatureValid(raw, sha1, SECRET)).toBe(false);
    expect(isMessengerSignatureValid(raw, "sha256=abc", SECRET)).toBe(false);
    expect(isMessengerSignatureValid(raw, undefined, SECRET)).toBe(false);
    expect(isMessengerSignatureValid(raw, sign(raw, ""), "")).toBe(false);
  });
});

describe("answerMessengerHandshake", () => {
  const query = (token: string, mode = "subscribe") =>
    new URLSearchParams({ "hub.mode": mode, "hub.verify_token": token, "hub.challenge": "1158201444" });

  it("echoes the challenge only for subscribe with our token", () => {
    expect(answerMessengerHandshake(query("verify-me"), "verify-me")).toBe("1158201444");
    expect(answerMessengerHandshake(query("verify-me", "unsubscribe"), "verify-me")).toBeUndefined();
    expect(answerMessengerHandshake(query("verify-m"), "verify-me")).toBeUndefined();
    expect(answerMessengerHandshake(query(""), "")).toBeUndefined();
    expect(answerMessengerHandshake(new URLSearchParams({ "hub.mode": "subscribe" }), "x")).toBeUndefined();
  });
});
