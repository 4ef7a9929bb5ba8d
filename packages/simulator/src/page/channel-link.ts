/**
 * Reads the links that open a chat: `https://m.me/<page>?ref=…` (Messenger), `https://ig.me/m/<username>?ref=…`
 * (Instagram) and `https://line.me/R/ti/p/<@basic id>` (LINE's add-friend link).
 */
import type { ChannelAccount, Platform } from "./channel-api.js";

export interface ChannelLink {
  platform: Platform;
  /** Page id or name, Instagram username, or LINE basic id (with its `@`). */
  target: string;
  /** The `ref` parameter ("" when absent). */
  ref: string;
}

export function parseChannelLink(input: string): ChannelLink | undefined {
  const trimmed = input.trim();
  if (trimmed === "") return undefined;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  const segments = url.pathname
    .split("/")
    .filter((segment) => segment !== "")
    .map(decodeURIComponent);
  const ref = url.searchParams.get("ref") ?? "";
  if (host === "m.me" && segments.length === 1 && segments[0] !== undefined) {
    return { platform: "messenger", target: segments[0], ref };
  }
  if (host === "ig.me" && segments[0] === "m" && segments[1] !== undefined) {
    return { platform: "instagram", target: segments[1], ref };
  }
  const [r, ti, p, id] = segments;
  if (host === "line.me" && r === "R" && ti === "ti" && p === "p" && id !== undefined) {
    return { platform: "line", target: id.startsWith("@") ? id : `@${id}`, ref: "" };
  }
  return undefined;
}

/** The account a link opens: by id, name (spaces removed, any case), Instagram handle or LINE basic id. */
export function findLinkedAccount(
  link: ChannelLink,
  accounts: readonly ChannelAccount[],
): ChannelAccount | undefined {
  const wanted = link.target.toLowerCase();
  return accounts.find(
    (account) =>
      account.platform === link.platform &&
      (account.id === link.target ||
        account.handle.toLowerCase() === wanted ||
        account.name.replace(/\s+/g, "").toLowerCase() === wanted),
  );
}
