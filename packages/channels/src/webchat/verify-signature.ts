/**
 * The web chat's two signatures, both HMAC-SHA256 with the account's secret and compared in constant
 * time: the webhook body's (`X-Webchat-Signature: sha256=<hex>`) and the website's signed-in user id
 * (hex of the HMAC of the id), which the site's backend computes so a visitor cannot claim another user.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

const HEX_SHA256 = /^[0-9a-f]{64}$/;

function hmacHex(secret: string, data: Buffer | string): string {
  return createHmac("sha256", secret).update(data).digest("hex");
}

function sameHex(expected: string, given: string): boolean {
  if (!HEX_SHA256.test(given)) return false;
  return timingSafeEqual(Buffer.from(expected, "hex"), Buffer.from(given, "hex"));
}

/** The `X-Webchat-Signature` value of `rawBody`. */
export function signWebchatBody(rawBody: Buffer, secret: string): string {
  return `sha256=${hmacHex(secret, rawBody)}`;
}

/** True only when `header` is `sha256=` and the hex HMAC of the exact bytes; false for an empty secret. */
export function isWebchatSignatureValid(
  rawBody: Buffer,
  header: string | undefined,
  secret: string,
): boolean {
  if (secret.length === 0 || header === undefined || !header.startsWith("sha256=")) return false;
  return sameHex(hmacHex(secret, rawBody), header.slice("sha256=".length).toLowerCase());
}

/** What the website's backend computes for a signed-in user: hex HMAC-SHA256 of the user id. */
export function signWebchatUserId(userId: string, secret: string): string {
  return hmacHex(secret, Buffer.from(userId, "utf8"));
}

/** True only when `signature` is the hex HMAC-SHA256 of `userId` with `secret` (constant time). */
export function isWebchatUserIdSignatureValid(userId: string, signature: string, secret: string): boolean {
  if (secret.length === 0 || userId.length === 0) return false;
  return sameHex(signWebchatUserId(userId, secret), signature.trim().toLowerCase());
}
