/** Random secrets for sessions, CSRF and API tokens, and the SHA-256 under which they are stored. */
import { createHash, randomBytes } from "node:crypto";

export function newSecret(prefix = ""): string {
  return prefix + randomBytes(32).toString("base64url");
}

export function secretHash(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
