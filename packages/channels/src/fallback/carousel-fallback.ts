/** Decides how a channel handles a carousel its native form cannot show, following the author's fallback. */
import { numberedCarouselText, type LimitViolation, type MessageOf } from "@switchboard/core";

/** `native`: compile the carousel as written; `text`: send this text; `split`: several messages; `refused`. */
export type CarouselFallbackPlan =
  { kind: "native" } | { kind: "text"; text: string } | { kind: "split" } | { kind: "refused" };

/**
 * `misfits` are the reasons the native form cannot hold the carousel (too many cards, a shape it lacks).
 * None → `native`, and the native form reports every other broken limit. Otherwise the message's
 * `fallback` decides: `refuse` (the default) reports the misfits, `numbered_text` becomes one text,
 * `split` several messages that each fit.
 */
export function planCarouselFallback(
  violations: LimitViolation[],
  message: MessageOf<"carousel">,
  misfits: LimitViolation[],
): CarouselFallbackPlan {
  if (misfits.length === 0) return { kind: "native" };
  const fallback = message.fallback ?? "refuse";
  if (fallback === "numbered_text") return { kind: "text", text: numberedCarouselText(message) };
  if (fallback === "split") return { kind: "split" };
  violations.push(...misfits);
  return { kind: "refused" };
}
