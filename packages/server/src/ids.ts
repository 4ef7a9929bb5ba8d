/** Identifiers for stored rows: time-ordered (so they sort by creation) and unguessable. */
import { randomBytes } from "node:crypto";

let lastTime = 0;
let sequence = 0;

/** 26 characters: 9 of milliseconds, 4 of a per-millisecond counter, 13 random, base 36. */
export function newId(): string {
  const now = Date.now();
  sequence = now === lastTime ? sequence + 1 : 0;
  lastTime = now;
  const random = randomBytes(8).readBigUInt64BE().toString(36).padStart(13, "0").slice(0, 13);
  return now.toString(36).padStart(9, "0") + sequence.toString(36).padStart(4, "0") + random;
}
