/**
 * Pure: the 24-hour window as the composer shows it — time left as `H:MM:SS`, how urgent that is, and
 * whether the composer should write a template by itself (WhatsApp only: outside the window only
 * templates go out; on Messenger and Instagram the server's send policy decides, e.g. the human agent tag;
 * LINE and the web chat have no such window).
 */
import type { ChannelKind } from "../../api/types";

/** `H:MM:SS` of what is left (never negative). */
export function formatCountdown(remainingMs: number): string {
  const total = Math.max(0, Math.floor(remainingMs / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${hours}:${String(minutes).padStart(2, "0")}:${String(seconds).padStart(2, "0")}`;
}

/** Under an hour left is urgent; under four hours, soon. */
export function countdownUrgency(remainingMs: number): "calm" | "soon" | "urgent" {
  if (remainingMs < 60 * 60 * 1000) return "urgent";
  if (remainingMs < 4 * 60 * 60 * 1000) return "soon";
  return "calm";
}

export type WindowPolicy =
  /** Free-form messages go out. */
  | "open"
  /** WhatsApp outside the window: templates only. */
  | "templates_only"
  /** Another channel outside the window: the server's send policy says whether it goes out. */
  | "server_decides";

/** Whether the channel limits free-form replies to 24 hours after the customer's last message (Meta's). */
export function hasServiceWindow(channel: ChannelKind): boolean {
  return channel === "whatsapp" || channel === "messenger" || channel === "instagram";
}

export function windowPolicy(channel: ChannelKind, windowOpen: boolean): WindowPolicy {
  if (windowOpen || !hasServiceWindow(channel)) return "open";
  return channel === "whatsapp" ? "templates_only" : "server_decides";
}
