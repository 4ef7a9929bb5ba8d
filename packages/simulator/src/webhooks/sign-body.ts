/** Meta's webhook signature: `sha256=` + hex HMAC-SHA256 of the exact body bytes, keyed with the app secret. */
import { createHmac } from "node:crypto";

export function signBody(body: Buffer, appSecret: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(body).digest("hex")}`;
}
