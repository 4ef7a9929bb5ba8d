/** Identifiers shaped like LINE's: user ids (`U` + 32 hex), numeric message ids, reply and quote tokens, ULIDs. */
import { randomBytes, randomInt, randomUUID } from "node:crypto";

let counter = 0;

/** `U` followed by 32 lowercase hex digits. */
export function newLineUserId(): string {
  return `U${randomBytes(16).toString("hex")}`;
}

/** A message id: 18 digits, increasing. */
export function newLineMessageId(): string {
  counter = (counter + 1) % 1000;
  return `${Date.now()}${String(randomInt(0, 100)).padStart(2, "0")}${String(counter).padStart(3, "0")}`;
}

/** A reply token: 32 hex digits. */
export function newReplyToken(): string {
  return randomBytes(16).toString("hex");
}

/** A quote token: an opaque URL-safe string. */
export function newQuoteToken(): string {
  return randomBytes(48).toString("base64url");
}

/** The id LINE returns in `x-line-request-id` (and `x-line-accepted-request-id`). */
export function newRequestId(): string {
  return randomUUID();
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A ULID (26 Crockford base-32 characters: 48-bit time, 80 random bits), as in `webhookEventId`. */
export function newUlid(now: number): string {
  let time = "";
  let remaining = now;
  for (let i = 0; i < 10; i++) {
    time = (CROCKFORD[remaining % 32] ?? "0") + time;
    remaining = Math.floor(remaining / 32);
  }
  let random = "";
  for (const byte of randomBytes(16)) random += CROCKFORD[byte % 32] ?? "0";
  return time + random;
}
