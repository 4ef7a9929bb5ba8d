// Retry keys for LINE pushes (`X-Line-Retry-Key`, PLATFORMS.md D1): a UUID per logical send, so a push
// sent again after a failure is delivered at most once; derived deterministically for each call.
import { createHash } from "node:crypto";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a hexadecimal UUID (`123e4567-e89b-12d3-a456-426614174000`), the form LINE takes. */
export function isLineRetryKey(value: string): boolean {
  return UUID.test(value);
}

/**
 * A UUID (version 5 layout, from SHA-1) that depends only on `seed` and `part`: the same message id
 * always gives the same retry key, so a send repeated after a crash or a timeout reuses it. `part`
 * numbers the calls of one send when it needs several (more than five LINE messages).
 */
export function lineRetryKey(seed: string, part = 0): string {
  const bytes = createHash("sha1").update(`switchboard-line-retry:${part}:${seed}`, "utf8").digest();
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The retry key of call `part` of a push whose caller keeps `retryKey`: the key itself for the first. */
export function retryKeyForCall(retryKey: string, part: number): string {
  return part === 0 ? retryKey : lineRetryKey(retryKey.toLowerCase(), part);
}
