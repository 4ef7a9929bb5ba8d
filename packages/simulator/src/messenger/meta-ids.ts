/** Identifiers shaped like Meta's for Messenger and Instagram: page-scoped user ids, `m_…` mids, posts, comments. */
import { randomBytes, randomInt } from "node:crypto";

let counter = 0;

function next(): number {
  counter = (counter + 1) % 1_000_000;
  return counter;
}

/** `count` random decimal digits, the first one not zero. */
export function randomDigits(count: number): string {
  let out = String(randomInt(1, 10));
  while (out.length < count) out += String(randomInt(0, 10));
  return out;
}

/** A page-scoped id (PSID) or Instagram-scoped id (IGSID): 16 digits. */
export function newScopedUserId(): string {
  return randomDigits(16);
}

/**
 * A message id: Messenger's start with `m_` and a URL-safe opaque part; Instagram's are base64 of an
 * `ig_message_item` key (they start with `aWdf`). Always unique.
 */
export function newMid(platform: "messenger" | "instagram", accountId: string): string {
  const unique = `${Date.now().toString(36)}${String(next()).padStart(6, "0")}`;
  if (platform === "messenger") {
    return `m_${randomBytes(30).toString("base64url")}${unique}`;
  }
  return Buffer.from(`ig_message_item:1:IGMessageThread:${accountId}:${randomDigits(20)}${unique}`)
    .toString("base64")
    .replace(/=+$/, "");
}

/** A Facebook post id (`{page-id}_{post}`) or an Instagram media id (18 digits). */
export function newPostId(platform: "messenger" | "instagram", accountId: string): string {
  return platform === "messenger" ? `${accountId}_${randomDigits(15)}` : randomDigits(18);
}

/** A Facebook comment id (`{post}_{comment}`) or an Instagram comment id (18 digits). */
export function newCommentId(platform: "messenger" | "instagram", postId: string): string {
  if (platform === "instagram") return randomDigits(18);
  const post = postId.includes("_") ? postId.slice(postId.indexOf("_") + 1) : postId;
  return `${post}_${randomDigits(15)}`;
}
