/**
 * Keyword rules as data: words a customer may type, the reply they get (a text or a module of the
 * published bot), a priority and an on/off switch. Parse stored or submitted rules with these schemas.
 */
import { z } from "zod";
import { normalizeReply } from "../runtime/normalize-reply.js";

/** Flags of every keyword regex: case-insensitive, Unicode-aware (CJK, emoji). */
const KEYWORD_REGEX_FLAGS = "iu";

/** Compiles a `regex` keyword the way matching uses it; throws a SyntaxError when it does not compile. */
export function compileKeywordRegex(source: string): RegExp {
  return new RegExp(source, KEYWORD_REGEX_FLAGS);
}

export const KeywordMatchSchema = z.enum(["exact", "contains", "regex"]);
export type KeywordMatch = z.infer<typeof KeywordMatchSchema>;

/** One keyword. `exact`/`contains` compare normalized text (see `normalizeReply`); `regex` tests the raw text. */
export const KeywordSchema = z
  .object({ match: KeywordMatchSchema, value: z.string().min(1).max(500) })
  .strict()
  .superRefine((keyword, ctx) => {
    if (keyword.match === "regex") {
      try {
        compileKeywordRegex(keyword.value);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        ctx.addIssue({ code: "custom", path: ["value"], message: `regex does not compile: ${reason}` });
      }
    } else if (keyword.value !== "" && normalizeReply(keyword.value) === "") {
      ctx.addIssue({ code: "custom", path: ["value"], message: "must contain a visible character" });
    }
  });
export type Keyword = z.infer<typeof KeywordSchema>;

/** What a matched rule (or the default reply) answers: a text, or a jump to a module of the published bot. */
export const AutoReplySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string().min(1).max(4096) }).strict(),
  z.object({ kind: z.literal("module"), moduleId: z.string().min(1) }).strict(),
]);
export type AutoReply = z.infer<typeof AutoReplySchema>;

/** A keyword rule as an author writes it. Issues carry the field's path, e.g. `keywords[0].value`. */
export const KeywordRuleSchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    keywords: z.array(KeywordSchema).min(1).max(50),
    reply: AutoReplySchema,
    /** Higher runs first. */
    priority: z.number().int().min(-1_000_000).max(1_000_000).default(0),
    enabled: z.boolean().default(true),
  })
  .strict();
/** A keyword rule with defaults applied. */
export type KeywordRuleDefinition = z.infer<typeof KeywordRuleSchema>;
/** A keyword rule before defaults are applied. */
export type KeywordRuleInput = z.input<typeof KeywordRuleSchema>;
