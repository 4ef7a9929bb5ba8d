/** Folds typed text so that replies compare case-, width- and accent-insensitively. */

/**
 * NFKC (full-width "Ｔａｉｐｅｉ２" → "Taipei2"), then drops Latin combining accents ("CAFÉ" → "cafe"),
 * lowercases, trims and collapses inner whitespace. Only U+0300–U+036F is dropped so that Japanese voicing
 * marks (が ≠ か) keep their meaning.
 */
export function normalizeReply(text: string): string {
  return text
    .normalize("NFKC")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .trim()
    .replace(/\s+/g, " ");
}
