/**
 * Building blocks of the message rules. Meta never says whether "characters" are code points or UTF-16
 * units; UTF-16 units are never fewer, so `.max()` on them is the stricter reading (PLATFORMS.md, general rules).
 */
import { z } from "zod";

/** Attaches Meta's error code to a custom issue; issues without one count as 131009. */
export function issue(ctx: z.RefinementCtx, code: number, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: "custom", message, path, params: { code } });
}

/** A string of at most `max` UTF-16 units (zod's own `.max()` counts code points, the laxer reading). */
export function upTo(max: number): z.ZodString {
  return z.string().superRefine((value, ctx) => {
    if (value.length > max) {
      ctx.addIssue({
        code: "too_big",
        origin: "string",
        maximum: max,
        inclusive: true,
        input: value,
        message: `over ${max}`,
      });
    }
  });
}

/** A required, non-empty string of at most `max` characters. */
export function text(max: number): z.ZodString {
  return upTo(max).min(1);
}

/** `{ text }` as used by interactive bodies and footers. */
export function textObject(max: number) {
  return z.strictObject({ text: text(max) });
}

export const httpUrl = z.url({ protocol: /^https?$/ });

/** A media object: exactly one of an uploaded `id` or a `link`; caption and filename only where Meta has them. */
export function mediaObject(options: { caption?: number; filename?: boolean } = {}) {
  return z
    .strictObject({
      id: z.string().min(1).max(128).optional(),
      link: httpUrl.optional(),
      ...(options.caption === undefined ? {} : { caption: upTo(options.caption).optional() }),
      ...(options.filename === true ? { filename: z.string().min(1).max(240).optional() } : {}),
    })
    .superRefine((media, ctx) => {
      if (media.id === undefined && media.link === undefined) {
        issue(ctx, 131008, [], "needs either id (an uploaded medium) or link");
      } else if (media.id !== undefined && media.link !== undefined) {
        issue(ctx, 100, [], "takes id or link, not both");
      }
    });
}

/** Interactive header of the kinds Meta allows for reply buttons and CTA URL messages. */
export const textOrMediaHeader = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("text"), text: text(60) }),
  z.strictObject({ type: z.literal("image"), image: mediaObject() }),
  z.strictObject({ type: z.literal("video"), video: mediaObject() }),
  z.strictObject({ type: z.literal("document"), document: mediaObject({ filename: true }) }),
]);

/** Interactive header limited to text (lists, flows, product lists). */
export const textHeader = z.strictObject({ type: z.literal("text"), text: text(60) });

/** Reports every value in `values` that occurs more than once, at its path. */
export function uniqueValues(
  ctx: z.RefinementCtx,
  entries: { value: string; path: (string | number)[] }[],
  what: string,
): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.value))
      issue(ctx, 131009, entry.path, `${what} "${entry.value}" is used twice; it must be unique`);
    seen.add(entry.value);
  }
}
