import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { loadWhatsAppFixture, loadWhatsAppFixtureBytes } from "./fixtures/index.js";
import { answerWhatsAppHandshake, isWhatsAppSignatureValid } from "./verify-signature.js";

const APP_SECRET = "4f1c2b3a9d8e7f6a5b4c3d2e1f0a9b8c";
const sign = (body: Buffer, secret = APP_SECRET) =>
  `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;

describe("isWhatsAppSignatureValid", () => {
  const body = loadWhatsAppFixtureBytes("message-text");

  it("accepts the HMAC-SHA256 of the raw bytes keyed with the app secret", () => {
    expect(isWhatsAppSignatureValid(body, sign(body), APP_SECRET)).toBe(true);
  });

  it("accepts upper-case hex", () => {
    expect(
      isWhatsAppSignatureValid(body, sign(body).toUpperCase().replace("SHA256=", "sha256="), APP_SECRET),
    ).toBe(true);
  });

  it("refuses a body signed with another secret", () => {
    expect(isWhatsAppSignatureValid(body, sign(body, "another-secret"), APP_SECRET)).toBe(false);
  });

  it("refuses when our secret is wrong", () => {
    expect(isWhatsAppSignatureValid(body, sign(body), "wrong-secret")).toBe(false);
  });

  it("refuses a forged signature and a body changed after signing", () => {
    expect(isWhatsAppSignatureValid(body, `sha256=${"ab".repeat(32)}`, APP_SECRET)).toBe(false);
    const tampered = Buffer.from(body.toString("utf8").replace("another color", "another colour"));
    expect(isWhatsAppSignatureValid(tampered, sign(body), APP_SECRET)).toBe(false);
  });

  it("refuses re-serialised JSON: only the exact bytes count", () => {
    const reserialised = Buffer.from(JSON.stringify(loadWhatsAppFixture("message-text")));
    expect(reserialised.equals(body)).toBe(false);
    expect(isWhatsAppSignatureValid(reserialised, sign(body), APP_SECRET)).toBe(false);
  });

  it("refuses a missing or empty header", () => {
    expect(isWhatsAppSignatureValid(body, undefined, APP_SECRET)).toBe(false);
    expect(isWhatsAppSignatureValid(body, "", APP_SECRET)).toBe(false);
  });

  it("refuses malformed headers and digests of the wrong length", () => {
    const hex = sign(body).slice("sha256=".length);
    for (const header of [
      hex,
      `sha1=${hex}`,
      `sha256=${hex.slice(0, 62)}`,
      `sha256=${hex}00`,
      `sha256=${hex.slice(0, 63)}z`,
      `sha256= ${hex}`,
      `sha256=${createHmac("sha256", APP_SECRET).update(body).digest("base64")}`,
    ]) {
      expect(isWhatsAppSignatureValid(body, header, APP_SECRET), header).toBe(false);
    }
  });

  it("refuses everything when no app secret is configured", () => {
    expect(isWhatsAppSignatureValid(body, sign(body, ""), "")).toBe(false);
  });
});

describe("answerWhatsAppHandshake", () => {
  const query = (params: Record<string, string>) => new URLSearchParams(params);

  it("echoes hub.challenge for subscribe with the right token", () => {
    const q = query({
      "hub.mode": "subscribe",
      "hub.challenge": "1158201444",
      "hub.verify_token": "meatyhamhock",
    });
    expect(answerWhatsAppHandshake(q, "meatyhamhock")).toBe("1158201444");
  });

  it("answers nothing for a wrong, longer, shorter or missing token", () => {
    for (const token of ["meatyhamhocks", "meatyhamhoc", "MEATYHAMHOCK", ""]) {
      const q = query({ "hub.mode": "subscribe", "hub.challenge": "1158201444", "hub.verify_token": token });
      expect(answerWhatsAppHandshake(q, "meatyhamhock"), token).toBeUndefined();
    }
    expect(
      answerWhatsAppHandshake(query({ "hub.mode": "subscribe", "hub.challenge": "1" }), "t"),
    ).toBeUndefined();
  });

  it("answers nothing for another mode or without a challenge", () => {
    expect(
      answerWhatsAppHandshake(
        query({ "hub.mode": "unsubscribe", "hub.challenge": "1", "hub.verify_token": "t" }),
        "t",
      ),
    ).toBeUndefined();
    expect(
      answerWhatsAppHandshake(query({ "hub.mode": "subscribe", "hub.verify_token": "t" }), "t"),
    ).toBeUndefined();
  });

  it("never matches when no verify token is configured", () => {
    const q = query({ "hub.mode": "subscribe", "hub.challenge": "1", "hub.verify_token": "" });
    expect(answerWhatsAppHandshake(q, "")).toBeUndefined();
  });
});
