/**
 * Building blocks of LINE's message rules: lengths in UTF-16 units (LINE counts characters that way),
 * arrays with LINE's "Size must be between a and b", HTTPS URLs, and custom issues with LINE's wording.
 */
import { z } from "zod";
import { upTo } from "../messages/field-rules.js";

export { upTo };

/** A required, non-empty string of at most `max` characters. */
export function text(max: number): z.ZodString {
  return upTo(max).min(1);
}

export function lineIssue(ctx: z.RefinementCtx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: "custom", message, path });
}

/** An array of `min`..`max` items, reported in LINE's words; the items are still checked one by one. */
export function sized<T extends z.ZodType>(item: T, min: number, max: number) {
  return z.array(item).superRefine((items, ctx) => {
    if (items.length < min || items.length > max)
      lineIssue(ctx, [], `Size must be between ${min} and ${max}`);
  });
}

/** An HTTPS URL of at most `max` characters (LINE's image, video and icon URLs). */
export function httpsUrl(max: number) {
  return upTo(max).superRefine((value, ctx) => {
    if (!isUrl(value, ["https:"])) lineIssue(ctx, [], "invalid uri scheme: must be an HTTPS URL");
  });
}

/** A URI of at most `max` characters with one of `schemes` (such as `["http:", "https:", "line:", "tel:"]`). */
export function uri(max: number, schemes: string[]) {
  return text(max).superRefine((value, ctx) => {
    if (!isUrl(value, schemes))
      lineIssue(ctx, [], `invalid uri: the scheme must be one of ${schemes.join(" ")}`);
  });
}

function isUrl(value: string, schemes: string[]): boolean {
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** `#RRGGBB` (flex and template colours). */
export const hexColor = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}([0-9a-fA-F]{2})?$/, "must be a hex color such as #FFFFFF");
