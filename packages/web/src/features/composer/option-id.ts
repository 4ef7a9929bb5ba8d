/** The reply id of a choice option, made from its title so authors rarely have to type one. */

/** Ids stay short enough for every platform (WhatsApp list rows allow 200 characters). */
export const OPTION_ID_MAX_LENGTH = 64;

/**
 * Pure: `"Counter A — Causeway Bay"` → `"counter_a_causeway_bay"`. Accents are dropped, letters of any
 * script are kept (`"銅鑼灣專櫃"` stays as it is), anything else becomes `_`. An empty result becomes
 * `option`; an id already in `takenIds` gets `_2`, `_3`… appended.
 */
export function optionIdFromTitle(title: string, takenIds: readonly string[] = []): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, OPTION_ID_MAX_LENGTH)
    .replace(/_+$/, "");
  const stem = slug === "" ? "option" : slug;
  const taken = new Set(takenIds);
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const candidate = `${stem.slice(0, OPTION_ID_MAX_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
