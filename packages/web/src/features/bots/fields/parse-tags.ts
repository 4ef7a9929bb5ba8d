/** Tags typed as one comma-separated text (ASCII or full-width commas). */

/** Pure: `"vip, hk ,"` → `["vip", "hk"]`. */
export function parseTags(text: string): string[] {
  return text
    .split(/[,，]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== "");
}
