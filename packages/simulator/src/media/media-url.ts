/** Download URLs like Meta's: they name the medium, expire after 5 minutes and carry a hash that proves both. */
import { createHmac, timingSafeEqual } from "node:crypto";

const LIFETIME_S = 5 * 60;

function hashOf(key: Buffer, id: string, ext: number): string {
  return createHmac("sha256", key).update(`${id}:${ext}`).digest("hex").slice(0, 32);
}

/** `<base>/media-download/<id>?ext=<expiry, unix s>&hash=<hmac>` */
export function signedMediaUrl(base: string, key: Buffer, id: string, nowMs: number): string {
  const ext = Math.floor(nowMs / 1000) + LIFETIME_S;
  return `${base}/media-download/${id}?ext=${ext}&hash=${hashOf(key, id, ext)}`;
}

/** True while the URL's expiry lies ahead and its hash is the one this simulator made. */
export function isValidMediaUrl(
  key: Buffer,
  id: string,
  ext: string,
  hash: string | undefined,
  nowMs: number,
): boolean {
  const expires = Number(ext);
  if (!Number.isInteger(expires) || expires * 1000 < nowMs || hash === undefined) return false;
  const expected = Buffer.from(hashOf(key, id, expires));
  const given = Buffer.from(hash);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
