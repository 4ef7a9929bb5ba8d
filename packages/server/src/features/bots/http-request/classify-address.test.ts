import { describe, expect, it } from "vitest";
import type { AddressClass } from "./classify-address.js";
import { classifyAddress } from "./classify-address.js";

const cases: [address: string, expected: AddressClass | undefined][] = [
  // IPv4
  ["8.8.8.8", "public"],
  ["93.184.215.14", "public"],
  ["10.0.0.1", "private"],
  ["10.255.255.255", "private"],
  ["172.16.0.1", "private"],
  ["172.31.255.254", "private"],
  ["172.15.255.255", "public"],
  ["172.32.0.1", "public"],
  ["192.168.1.20", "private"],
  ["192.169.0.1", "public"],
  ["100.64.0.1", "private"],
  ["100.127.255.255", "private"],
  ["100.128.0.1", "public"],
  ["127.0.0.1", "loopback"],
  ["127.255.0.9", "loopback"],
  ["169.254.169.254", "link_local"],
  ["0.0.0.0", "unspecified"],
  ["0.1.2.3", "unspecified"],
  ["224.0.0.251", "multicast"],
  ["255.255.255.255", "reserved"],
  ["198.18.0.1", "reserved"],
  // IPv6
  ["2606:4700:4700::1111", "public"],
  ["::", "unspecified"],
  ["0:0:0:0:0:0:0:0", "unspecified"],
  ["::1", "loopback"],
  ["0:0:0:0:0:0:0:1", "loopback"],
  ["fc00::1", "private"],
  ["fd12:3456:789a::1", "private"],
  ["fe80::1", "link_local"],
  ["fe80::1%eth0", "link_local"],
  ["febf::1", "link_local"],
  ["fec0::1", "private"],
  ["ff02::1", "multicast"],
  ["2001:db8::1", "reserved"],
  // IPv4 inside IPv6
  ["::ffff:127.0.0.1", "loopback"],
  ["::ffff:7f00:1", "loopback"],
  ["0:0:0:0:0:ffff:7f00:0001", "loopback"],
  ["::ffff:10.1.2.3", "private"],
  ["::ffff:a9fe:a9fe", "link_local"],
  ["::ffff:0.0.0.0", "unspecified"],
  ["::ffff:8.8.8.8", "public"],
  ["::127.0.0.1", "loopback"],
  ["::ffff:0:192.168.0.1", "private"],
  ["64:ff9b::10.0.0.1", "private"],
  ["64:ff9b::808:808", "public"],
  ["2002:c0a8:0101::1", "private"],
  ["2002:0808:0808::1", "public"],
  // Not addresses
  ["localhost", undefined],
  ["example.com", undefined],
  ["256.1.1.1", undefined],
  ["", undefined],
];

describe("classifyAddress", () => {
  it.each(cases)("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});
