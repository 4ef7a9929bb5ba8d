/**
 * The one-time code of a "continue on WhatsApp / Messenger / LINE" link: `WC-` and eight letters or digits
 * (no 0/O, 1/I/L), typed into the prefilled message or carried as Messenger's `ref`, and found again in
 * whatever the customer sends with it.
 */
import { randomInt } from "node:crypto";

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const CODE = /\bWC-([2-9A-HJKMNP-Z]{8})\b/i;

/** How long a code may wait for the customer to arrive on the other channel. */
export const CONTINUE_CODE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function newContinueCode(): string {
  let code = "WC-";
  for (let i = 0; i < 8; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** Pure: the code in a customer's text or ref, upper-cased, or undefined when there is none. */
export function findContinueCode(text: string | undefined): string | undefined {
  const match = text === undefined ? null : CODE.exec(text);
  return match?.[1] === undefined ? undefined : `WC-${match[1].toUpperCase()}`;
}

/** Pure: the message prefilled in the other app, in the visitor's language. */
export function continuePrefill(code: string, language: "en" | "zh-TW"): string {
  return language === "zh-TW" ? `繼續網站上的對話（${code}）` : `Continue my web chat (${code})`;
}
