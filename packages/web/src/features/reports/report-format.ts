/** How report figures read: durations as seconds, minutes and hours; money from minor units in its currency. */
import type { Language } from "../../i18n/language";

/** Pure: a duration like `45 s`, `3 min 20 s` or `2 h 5 min`; `—` for none. */
export function formatDuration(ms: number | null): string {
  if (ms === null) return "—";
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 === 0 ? `${minutes} min` : `${minutes} min ${seconds % 60} s`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/** Pure: an amount in minor units in its currency (`NT$1,299.00`, `¥1,200`), in the console's language. */
export function formatMoney(amount: number, currency: string, language: Language): string {
  try {
    const format = new Intl.NumberFormat(language, { style: "currency", currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amount / 10 ** digits);
  } catch {
    // A code Intl does not know: show the minor units as they are.
    return `${amount} ${currency}`;
  }
}
