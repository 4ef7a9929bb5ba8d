// Webhook authenticity for LINE: the `X-Line-Signature` check on POSTs (PLATFORMS.md D3). LINE has no
// subscription handshake.
import { validateSignature } from "@line/bot-sdk";

/** Base64 of a 32-byte HMAC-SHA256: 43 characters and one `=`. */
const SIGNATURE = /^[A-Za-z0-9+/]{43}=$/;

/**
 * True only when `signatureHeader` is the Base64 HMAC-SHA256 of the exact raw bytes keyed with the
 * channel secret. Verify before parsing: re-serialised JSON does not match. The header must look like
 * padded Base64 of 32 bytes (the bot SDK decodes leniently, so junk is refused here first); the
 * comparison is the bot SDK's `validateSignature`, constant time over the digests. False for a missing
 * or malformed header and for an empty channel secret.
 */
export function isLineSignatureValid(
  rawBody: Buffer,
  signatureHeader: string | undefined,
  channelSecret: string,
): boolean {
  if (channelSecret.length === 0 || signatureHeader === undefined) return false;
  const signature = signatureHeader.trim();
  if (!SIGNATURE.test(signature)) return false;
  return validateSignature(rawBody, channelSecret, signature);
}
