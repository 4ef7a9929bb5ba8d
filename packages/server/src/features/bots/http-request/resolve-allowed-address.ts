/**
 * Resolves a request's host once and checks every address it gives before any connection is made; the
 * request then connects to the address checked here, so a second DNS answer cannot point it elsewhere.
 */
import { lookup as dnsLookup } from "node:dns/promises";
import { isIP } from "node:net";
import { classifyAddress } from "./classify-address.js";

/** Resolves a host name to its addresses (like `dns.promises.lookup` with `all: true`). */
export type HostLookup = (hostname: string) => Promise<readonly { address: string; family: number }[]>;

export const systemLookup: HostLookup = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export type AllowedAddress = { ok: true; address: string; family: 4 | 6 } | { ok: false; reason: string };

/**
 * The address to connect to for `hostname` (a URL's hostname; IPv6 in brackets is fine). Refused when
 * it resolves to nothing, or — unless private networks are allowed — when any address it resolves to
 * is not public (private, loopback, link-local, unspecified, multicast, reserved).
 */
export async function resolveAllowedAddress(
  hostname: string,
  options: { allowPrivateNetworks: boolean; lookup: HostLookup },
): Promise<AllowedAddress> {
  const host = hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
  let addresses: readonly { address: string; family: number }[];
  if (isIP(host) !== 0) {
    addresses = [{ address: host, family: isIP(host) }];
  } else {
    try {
      addresses = await options.lookup(host);
    } catch (error) {
      return {
        ok: false,
        reason: `could not resolve ${host}: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
  const first = addresses[0];
  if (first === undefined) return { ok: false, reason: `could not resolve ${host}: no address` };
  if (!options.allowPrivateNetworks) {
    for (const { address } of addresses) {
      const kind = classifyAddress(address) ?? "reserved";
      if (kind !== "public") {
        return {
          ok: false,
          reason: `refused: ${host} is ${address}, a ${kind.replace("_", "-")} address (bots may call only public addresses unless BOT_HTTP_ALLOW_PRIVATE_NETWORKS=true)`,
        };
      }
    }
  }
  return { ok: true, address: first.address, family: first.family === 6 ? 6 : 4 };
}
