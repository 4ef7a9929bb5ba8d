/** Identifiers for stored rows: time-ordered (so they sort by creation) and unguessable. */
import { randomFillSync } from "node:crypto";

let lastTime = 0;
let sequence = 0;
// Random bytes come from a pool refilled 4 KiB at a time: one system call per 512 ids, not per id.
const pool = Buffer.alloc(4096);
let offset = pool.length;

/** 26 characters: 9 of milliseconds, 4 of a per-millisecond counter, 13 random, base 36. */
export function newId(): string {
  const now = Date.now();
  sequence = now === lastTime ? sequence + 1 : 0;
  lastTime = now;
  if (offset + 8 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const random = pool.readBigUInt64BE(offset).toString(36).padStart(13, "0").slice(0, 13);
  offset += 8;
  return now.toString(36).padStart(9, "0") + sequence.toString(36).padStart(4, "0") + random;
}
