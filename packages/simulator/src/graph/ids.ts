/** Identifiers shaped like Meta's: wamids, numeric media and template ids, fbtrace ids. */
import { randomBytes } from "node:crypto";

let counter = 0;
// One large read of randomness serves many ids; a system call per id costs more than the rest of a send.
let pool = randomBytes(8192);
let offset = 0;

function randomSlice(size: number): Buffer {
  if (offset + size > pool.length) {
    pool = randomBytes(8192);
    offset = 0;
  }
  const slice = pool.subarray(offset, offset + size);
  offset += size;
  return slice;
}

/** `wamid.` + base64 of the recipient and a unique part, like Meta's (opaque, always unique). */
export function newWamid(waId: string): string {
  counter = (counter + 1) % 0xffffffff;
  const raw = Buffer.alloc(3 + waId.length + 12);
  raw.writeUInt8(0x1c, 0);
  raw.writeUInt8(0x18, 1);
  raw.writeUInt8(waId.length & 0xff, 2);
  raw.write(waId, 3, "latin1");
  raw.writeUInt32BE(counter, 3 + waId.length);
  randomSlice(8).copy(raw, 7 + waId.length);
  return `wamid.${raw.toString("base64").replace(/=+$/, "")}`;
}

/** A numeric id below 2^53 so it survives JSON number parsing (template ids travel as numbers). */
export function newNumericId(): string {
  counter = (counter + 1) % 0xffffffff;
  const high = 1_000_000 + (randomSlice(3).readUIntBE(0, 3) % 8_000_000);
  return `${high}${String(counter % 1_000_000_000).padStart(9, "0")}`;
}

/** Meta's per-request trace id, echoed in every error. */
export function newFbtraceId(): string {
  return randomSlice(9).toString("base64").replace(/[+/]/g, "A");
}
