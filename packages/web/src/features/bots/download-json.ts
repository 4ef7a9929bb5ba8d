/** Saves a bot definition as a `.json` file in the browser's downloads. */

/** Pure: `"Booking — Causeway Bay"` → `booking-causeway-bay.bot.json` (letters of any script kept). */
export function botFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  return `${slug === "" ? "bot" : slug}.bot.json`;
}

export function downloadJson(filename: string, value: unknown): void {
  const blob = new Blob([`${JSON.stringify(value, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; the blob URL is no longer needed.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
