/** Checks where WhatsApp forbids emoji (flow CTA) or needs exactly one (reaction). */
import type { LimitViolation } from "@switchboard/core";

/**
 * Any pictographic character, flag letter or keycap. Broad on purpose (it also matches © ® ™): Meta
 * does not say which characters it counts as emoji, so the check refuses rather than guesses.
 */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * `none`: pushes `no_emoji` when the text holds an emoji. `single`: pushes `format` unless the text is
 * exactly one emoji (one grapheme, e.g. "👩‍👩‍👧‍👦" or "🇹🇼") or empty, which removes a reaction.
 */
export function checkEmoji(
  violations: LimitViolation[],
  path: string,
  value: string,
  expect: "none" | "single",
): void {
  if (expect === "none") {
    const found = EMOJI.exec(value);
    if (found !== null) {
      violations.push({
        path,
        rule: "no_emoji",
        message: `${path}: contains the emoji ${JSON.stringify(found[0])}, which WhatsApp does not allow here`,
      });
    }
    return;
  }
  if (value === "") return;
  const count = [...graphemes.segment(value)].length;
  if (count === 1 && EMOJI.test(value)) return;
  violations.push({
    path,
    rule: "format",
    message: `${path}: ${JSON.stringify(value)} is not a single emoji; WhatsApp takes one emoji, or "" to remove`,
  });
}
