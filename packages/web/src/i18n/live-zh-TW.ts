/** 即時更新指示的繁體中文文字。 */
import type { liveEn } from "./live-en";

export const liveZhTW: Record<keyof typeof liveEn, string> = {
  "live.live": "即時",
  "live.liveHint": "有新動態時會立即顯示。",
  "live.connecting": "連線中…",
  "live.reconnecting": "重新連線中…",
  "live.offlineHint": "即時更新暫停中；恢復之前，收件匣每隔幾秒會自動重新整理。",
};
