/** Meta's webhook verification (PLATFORMS.md A7.1): GET with hub.mode, hub.verify_token and hub.challenge. */
import { randomBytes } from "node:crypto";

/** "ok", or "failed: " and the reason. */
export type HandshakeResult = "ok" | `failed: ${string}`;

export async function verifyHandshake(
  webhookUrl: string,
  verifyToken: string,
  fetchFn: typeof fetch,
  timeoutMs: number,
): Promise<HandshakeResult> {
  const challenge = String(randomBytes(6).readUIntBE(0, 6));
  const url = new URL(webhookUrl);
  url.searchParams.set("hub.mode", "subscribe");
  url.searchParams.set("hub.verify_token", verifyToken);
  url.searchParams.set("hub.challenge", challenge);
  try {
    const response = await fetchFn(url, { method: "GET", signal: AbortSignal.timeout(timeoutMs) });
    const body = await response.text();
    if (response.status !== 200) return `failed: HTTP ${response.status}`;
    if (body.trim() !== challenge) return "failed: the answer did not echo hub.challenge";
    return "ok";
  } catch (error) {
    return `failed: ${describeFetchError(error)}`;
  }
}

/** The most specific reason a fetch failed (undici hides it in `cause`). */
export function describeFetchError(error: unknown): string {
  if (error instanceof Error) {
    const cause = error.cause;
    if (cause instanceof Error && cause.message !== "") return cause.message;
    return error.message;
  }
  return String(error);
}
