/**
 * Says what kind of network an IP address belongs to, so a bot's HTTP request can be kept off private,
 * loopback and link-local networks. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64,
 * 6to4) are judged by that IPv4 address.
 */
import { isIPv4, isIPv6 } from "node:net";

export type AddressClass =
  "public" | "private" | "loopback" | "link_local" | "unspecified" | "multicast" | "reserved";

type Range = readonly [base: number, prefix: number, kind: AddressClass];

// https://www.iana.org/assignments/iana-ipv4-special-registry
const IPV4_RANGES: readonly Range[] = [
  [ipv4("0.0.0.0"), 8, "unspecified"],
  [ipv4("10.0.0.0"), 8, "private"],
  [ipv4("100.64.0.0"), 10, "private"],
  [ipv4("127.0.0.0"), 8, "loopback"],
  [ipv4("169.254.0.0"), 16, "link_local"],
  [ipv4("172.16.0.0"), 12, "private"],
  [ipv4("192.0.0.0"), 24, "reserved"],
  [ipv4("192.0.2.0"), 24, "reserved"],
  [ipv4("192.168.0.0"), 16, "private"],
  [ipv4("198.18.0.0"), 15, "reserved"],
  [ipv4("198.51.100.0"), 24, "reserved"],
  [ipv4("203.0.113.0"), 24, "reserved"],
  [ipv4("224.0.0.0"), 4, "multicast"],
  [ipv4("240.0.0.0"), 4, "reserved"],
];

/** The class of an IPv4 or IPv6 literal (an IPv6 zone such as `%eth0` is ignored); undefined if not one. */
export function classifyAddress(address: string): AddressClass | undefined {
  if (isIPv4(address)) return classifyIpv4(ipv4(address));
  const groups = parseIpv6(address);
  return groups === undefined ? undefined : classifyIpv6(groups);
}

function classifyIpv4(value: number): AddressClass {
  for (const [base, prefix, kind] of IPV4_RANGES) {
    if (value >>> (32 - prefix) === base >>> (32 - prefix)) return kind;
  }
  return "public";
}

// https://www.iana.org/assignments/iana-ipv6-special-registry
function classifyIpv6(g: readonly number[]): AddressClass {
  const [g0 = 0, g1 = 0, g2 = 0, , g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const embedded = (hi: number, lo: number) => classifyIpv4(((hi << 16) | lo) >>> 0);
  const zeroFrom = (from: number, to: number) => g.slice(from, to).every((group) => group === 0);
  if (zeroFrom(0, 7)) return g7 === 0 ? "unspecified" : g7 === 1 ? "loopback" : embedded(g6, g7);
  // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible, deprecated)
  if (zeroFrom(0, 5) && (g5 === 0xffff || g5 === 0)) return embedded(g6, g7);
  if (zeroFrom(0, 4) && g4 === 0xffff && g5 === 0) return embedded(g6, g7); // ::ffff:0:a.b.c.d, translated
  if (g0 === 0x64 && g1 === 0xff9b && zeroFrom(2, 6)) return embedded(g6, g7); // 64:ff9b::/96, NAT64
  if (g0 === 0x2002) return embedded(g1, g2); // 6to4
  if ((g0 & 0xfe00) === 0xfc00) return "private"; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80) return "link_local"; // fe80::/10
  if ((g0 & 0xffc0) === 0xfec0) return "private"; // fec0::/10 site-local (deprecated)
  if ((g0 & 0xff00) === 0xff00) return "multicast";
  if (g0 === 0x2001 && g1 === 0x0db8) return "reserved"; // documentation
  return "public";
}

function ipv4(address: string): number {
  return address.split(".").reduce((value, part) => ((value << 8) | Number(part)) >>> 0, 0);
}

/** Eight 16-bit groups, or undefined when `address` is not an IPv6 literal. */
function parseIpv6(address: string): number[] | undefined {
  let text = address.split("%")[0] ?? "";
  if (!isIPv6(text)) return undefined;
  const tailStart = text.lastIndexOf(":") + 1;
  const tail = text.slice(tailStart);
  if (tail.includes(".")) {
    const value = ipv4(tail);
    text = `${text.slice(0, tailStart)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const [head = "", rest] = text.split("::");
  const groupsOf = (part: string) => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  if (rest === undefined) return groupsOf(head);
  const before = groupsOf(head);
  const after = groupsOf(rest);
  return [...before, ...new Array<number>(8 - before.length - after.length).fill(0), ...after];
}
