/** English texts of the live updates indicator. */
export const liveEn = {
  "live.live": "Live",
  "live.liveHint": "Changes appear as they happen.",
  "live.connecting": "Connecting…",
  "live.reconnecting": "Reconnecting…",
  "live.offlineHint": "Live updates are paused; the inbox refreshes every few seconds until they are back.",
};
