/** A store's next opening as its customers read it: weekday and time on the store's own clock. */

/** Pure: `Mon 09:00` (`週一 09:00` in zh-TW) at `instant` in `timeZone`. */
export function openingText(instant: number, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    timeZone,
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}
