/** Reads click-to-chat links: `https://wa.me/<digits>?text=…` and the legacy `api.whatsapp.com/send?phone=…`. */
import type { Business } from "./api.js";

export interface WaLink {
  /** The business's full international number, digits only. */
  digits: string;
  /** The decoded prefilled text ("" when the link has none). */
  text: string;
}

export function parseWaLink(input: string): WaLink | undefined {
  const trimmed = input.trim();
  if (trimmed === "") return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  let digits: string | undefined;
  if (host === "wa.me") digits = /^\/(\d+)\/?$/.exec(url.pathname)?.[1];
  else if (host === "api.whatsapp.com" || url.protocol === "whatsapp:")
    digits = url.searchParams.get("phone") ?? undefined;
  digits = digits?.replace(/\D/g, "");
  if (digits === undefined || digits === "") return undefined;
  return { digits, text: url.searchParams.get("text") ?? "" };
}

/** The business a link opens (its display number has the link's digits) and the text to pre-fill. */
export function resolveWaLink(
  input: string,
  businesses: readonly Business[],
): { business: Business; text: string } | { problem: string } {
  const link = parseWaLink(input);
  if (link === undefined) return { problem: "That is not a wa.me link (https://wa.me/<number>?text=…)." };
  const business = businesses.find((b) => phoneDigits(b.displayPhoneNumber) === link.digits);
  if (business === undefined) return { problem: `No business number +${link.digits} in the simulator.` };
  return { business, text: link.text };
}

/** Digits only, so "+1 (555) 010-0000" matches "15550100000". */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, "");
}
