// Webhook authenticity for Meta's platforms (WhatsApp Cloud API, Messenger, Instagram): the
// `X-Hub-Signature-256` check on POSTs and the `hub.challenge` handshake on GETs (PLATFORMS.md A7, B5).
// Both compare secrets in constant time.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

const SIGNATURE_HEADER = /^sha256=([0-9a-fA-F]{64})$/;

/**
 * True only when `signatureHeader` is `sha256=<hex>` and the hex is the HMAC-SHA256 of the exact raw
 * bytes keyed with the app secret. Meta signs the bytes it sends (its escaped-unicode rendering of the
 * payload): verify before parsing, since re-serialised JSON does not match. False for a missing or
 * malformed header, for the legacy SHA-1 `X-Hub-Signature` value, and for an empty app secret.
 */
export function isMetaSignatureValid(
  rawBody: Buffer,
  signatureHeader: string | undefined,
  appSecret: string,
): boolean {
  if (appSecret.length === 0 || signatureHeader === undefined) return false;
  const hex = SIGNATURE_HEADER.exec(signatureHeader.trim())?.[1];
  if (hex === undefined) return false;
  const given = Buffer.from(hex, "hex");
  const expected = createHmac("sha256", appSecret).update(rawBody).digest();
  if (given.length !== expected.length) return false;
  return timingSafeEqual(given, expected);
}

/**
 * Answers Meta's subscription handshake: the `hub.challenge` to echo with a 200 when `hub.mode` is
 * `subscribe` and `hub.verify_token` equals ours, otherwise undefined (answer 4xx). An empty configured
 * token never matches.
 */
export function answerMetaHandshake(query: URLSearchParams, verifyToken: string): string | undefined {
  const challenge = query.get("hub.challenge");
  const token = query.get("hub.verify_token");
  if (query.get("hub.mode") !== "subscribe" || challenge === null || token === null) return undefined;
  if (verifyToken.length === 0 || !sameSecret(token, verifyToken)) return undefined;
  return challenge;
}

/** Compares two strings without leaking where they differ or how long ours is: both are hashed first. */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b);
}
