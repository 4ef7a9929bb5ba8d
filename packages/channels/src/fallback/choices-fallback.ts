/** Decides how a channel handles a choice with more options than its native form can hold. */
import { numberedChoicesText, type LimitViolation, type MessageOf } from "@switchboard/core";

/** `native`: compile the choice as written; `text`: send this text instead; `refused`: a violation was added. */
export type ChoicesFallbackPlan =
  { kind: "native" } | { kind: "text"; message: MessageOf<"text"> } | { kind: "refused" };

/**
 * Only a broken count triggers the fallback: when `overCount` is false, or the fallback is `refuse`
 * (the default), the choice is compiled natively and the native form reports every violation.
 * `numbered_text` becomes one text message; `split` is not offered by this channel and is refused with
 * rule `fallback_unsupported` on path `fallback`.
 */
export function planChoicesFallback(
  violations: LimitViolation[],
  message: MessageOf<"choices">,
  overCount: boolean,
  platform: string,
): ChoicesFallbackPlan {
  const fallback = message.fallback ?? "refuse";
  if (!overCount || fallback === "refuse") return { kind: "native" };
  if (fallback === "numbered_text") {
    return { kind: "text", message: { kind: "text", text: numberedChoicesText(message) } };
  }
  violations.push({
    path: "fallback",
    rule: "fallback_unsupported",
    message: `fallback: "split" is not supported on ${platform}; use "numbered_text" or fewer options`,
  });
  return { kind: "refused" };
}
